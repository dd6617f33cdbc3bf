import type { PointSet } from "./datasets.js";

/** TensorFlow Playground's colours: orange for class 1, blue for class 0. */
const ORANGE: readonly [number, number, number] = [245, 147, 34];
const BLUE: readonly [number, number, number] = [8, 119, 189];
const GRID = 64;

const grid = typeof document === "undefined" ? undefined : document.createElement("canvas");

/**
 * The decision boundary: the square [-1, 1]² shaded by the network's probability of orange (a 64 x 64
 * grid, smoothed when scaled up), then the training points on top, outlined white, and the test points,
 * outlined black (TensorFlow Playground's "show test data").
 */
export function drawBoundary(
  canvas: HTMLCanvasElement,
  probability: (x0: number, x1: number) => number,
  points: PointSet,
  test: PointSet,
): void {
  const context = canvas.getContext("2d");
  if (context === null || grid === undefined) return;
  grid.width = GRID;
  grid.height = GRID;
  const gridContext = grid.getContext("2d")!;
  const image = gridContext.createImageData(GRID, GRID);
  for (let row = 0; row < GRID; row++) {
    for (let column = 0; column < GRID; column++) {
      const p = probability(toUnit(column, GRID), -toUnit(row, GRID));
      // white at p = 0.5, the class colour as the network grows sure
      const strength = Math.min(1, Math.abs(2 * p - 1)) * 0.75;
      const colour = p >= 0.5 ? ORANGE : BLUE;
      const k = 4 * (row * GRID + column);
      for (let c = 0; c < 3; c++) image.data[k + c] = Math.round(255 + (colour[c]! - 255) * strength);
      image.data[k + 3] = 255;
    }
  }
  gridContext.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(grid, 0, 0, canvas.width, canvas.height);

  drawPoints(context, canvas, points, "#ffffff");
  drawPoints(context, canvas, test, "#111827");
}

function drawPoints(
  context: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement,
  points: PointSet,
  outline: string,
): void {
  for (let r = 0; r < points.count; r++) {
    const x = ((points.data[3 * r]! + 1) / 2) * canvas.width;
    const y = ((1 - points.data[3 * r + 1]!) / 2) * canvas.height;
    context.beginPath();
    context.arc(x, y, 3.5, 0, 2 * Math.PI);
    context.fillStyle = points.data[3 * r + 2] === 1 ? "rgb(245, 147, 34)" : "rgb(8, 119, 189)";
    context.fill();
    context.lineWidth = 1;
    context.strokeStyle = outline;
    context.stroke();
  }
}

/** The centre of cell `index` of `cells`, in [-1, 1]. */
function toUnit(index: number, cells: number): number {
  return ((index + 0.5) / cells) * 2 - 1;
}
