import { formatNumber } from "../formatNumber.js";

/** Room for the tick labels and the axis titles, in canvas pixels. */
const LEFT = 46;
const BOTTOM = 34;
const TOP = 18;
const RIGHT = 10;

const TRAINING_COLOUR = "#111827";
const TEST_COLOUR = "#c2410c";

/**
 * The loss per epoch, training (solid) and test (dashed), as TensorFlow Playground draws it: epochs along
 * the x axis from 0 to the last, the loss up the y axis from 0 to the largest loss so far, both axes titled
 * and their ends labelled, and a legend.
 */
export function drawLossCurve(canvas: HTMLCanvasElement, training: readonly number[], test: readonly number[]): void {
  const context = canvas.getContext("2d");
  if (context === null) return;
  const { width, height } = canvas;
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  context.clearRect(0, 0, width, height);

  const finite = [...training, ...test].filter(Number.isFinite);
  const top = finite.length === 0 ? 1 : finite.reduce((max, loss) => Math.max(max, loss), 0) * 1.05 || 1;
  const epochs = Math.max(1, training.length - 1);

  // axes, their end labels and titles
  context.strokeStyle = "#6b7280";
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(LEFT + 0.5, TOP);
  context.lineTo(LEFT + 0.5, TOP + plotHeight + 0.5);
  context.lineTo(LEFT + plotWidth, TOP + plotHeight + 0.5);
  context.stroke();
  context.fillStyle = "#374151";
  context.font = "11px system-ui, sans-serif";
  context.textAlign = "right";
  context.textBaseline = "middle";
  context.fillText(formatNumber(Number(top.toPrecision(2))), LEFT - 4, TOP);
  context.fillText("0", LEFT - 4, TOP + plotHeight);
  context.textAlign = "center";
  context.textBaseline = "top";
  context.fillText("0", LEFT, TOP + plotHeight + 4);
  context.fillText(String(epochs), LEFT + plotWidth, TOP + plotHeight + 4);
  context.fillText("epoch", LEFT + plotWidth / 2, TOP + plotHeight + 18);
  context.save();
  context.translate(12, TOP + plotHeight / 2);
  context.rotate(-Math.PI / 2);
  context.textBaseline = "middle";
  context.fillText("loss", 0, 0);
  context.restore();

  // legend, top right
  context.textAlign = "left";
  context.textBaseline = "middle";
  const legend = (x: number, colour: string, dashed: boolean, text: string): void => {
    context.strokeStyle = colour;
    context.lineWidth = 2;
    context.setLineDash(dashed ? [4, 3] : []);
    context.beginPath();
    context.moveTo(x, TOP - 9);
    context.lineTo(x + 18, TOP - 9);
    context.stroke();
    context.setLineDash([]);
    context.fillStyle = "#374151";
    context.fillText(text, x + 22, TOP - 9);
  };
  legend(width - 150, TRAINING_COLOUR, false, "training");
  legend(width - 70, TEST_COLOUR, true, "test");

  const line = (losses: readonly number[], colour: string, dashed: boolean): void => {
    if (losses.length < 2) return;
    // at most one point per pixel column: a long run is drawn from every stride-th epoch
    const stride = Math.max(1, Math.ceil(losses.length / plotWidth));
    context.beginPath();
    for (let epoch = 0; epoch < losses.length; epoch += stride) {
      const loss = losses[epoch]!;
      const x = LEFT + (plotWidth * epoch) / epochs;
      const y = TOP + plotHeight - (plotHeight * Math.min(Number.isFinite(loss) ? loss : top, top)) / top;
      if (epoch === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.strokeStyle = colour;
    context.lineWidth = 1.5;
    context.setLineDash(dashed ? [4, 3] : []);
    context.stroke();
    context.setLineDash([]);
  };
  line(test, TEST_COLOUR, true);
  line(training, TRAINING_COLOUR, false);
}

/** The curve in words, its text alternative. */
export function lossCurveDescription(training: readonly number[], test: readonly number[]): string {
  const epochs = training.length - 1;
  const from = (losses: readonly number[]): string =>
    `${formatNumber(losses[0] ?? Number.NaN)} at epoch 0 to ${formatNumber(losses.at(-1) ?? Number.NaN)} at epoch ${epochs}`;
  return `Loss curve, loss against epoch: the training loss went from ${from(training)}; the test loss from ${from(test)}.`;
}
