import { formatNumber } from "../formatNumber.js";
import { makeDataset, splitPoints, type DatasetName, type PointSet } from "./datasets.js";
import { drawBoundary } from "./drawBoundary.js";
import { drawLossCurve, lossCurveDescription } from "./drawLossCurve.js";
import { Network, type Activation } from "./Network.js";
import { mulberry32 } from "../../../src/index.js";

/** Mini-batches of 10 points, as TensorFlow Playground's default. */
const BATCH = 10;
/** Epochs per animation frame: slow enough to watch the boundary move, fast enough not to wait. */
const EPOCHS_PER_FRAME = 2;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The page has no #${id}`);
  return element as T;
}

/**
 * The training panel, as TensorFlow Playground teaches: choose a dataset, its noise and the share of points
 * to train on, the hidden units, the activation and the learning rate; Train runs mini-batch gradient descent
 * on gradkit's compiled loss gradient over the training points, a few epochs per animation frame, and
 * redraws the decision boundary and the training and test loss curves after each frame. Changing the data
 * or the network starts over; the learning rate applies at once.
 */
export function trainingView(): void {
  const dataset = byId<HTMLSelectElement>("dataset");
  const noise = byId<HTMLInputElement>("noise");
  const noiseOutput = byId<HTMLOutputElement>("noise-value");
  const split = byId<HTMLSelectElement>("split");
  const testLossOutput = byId<HTMLOutputElement>("test-loss");
  const testAccuracyOutput = byId<HTMLOutputElement>("test-accuracy");
  const trainCount = byId<HTMLOutputElement>("train-count");
  const testCount = byId<HTMLOutputElement>("test-count");
  const pointExample = byId("point-example");
  const hidden = byId<HTMLInputElement>("hidden");
  const activation = byId<HTMLSelectElement>("activation");
  const learningRate = byId<HTMLSelectElement>("learning-rate");
  const train = byId<HTMLButtonElement>("train");
  const reset = byId<HTMLButtonElement>("reset");
  const boundary = byId<HTMLCanvasElement>("boundary");
  const curve = byId<HTMLCanvasElement>("loss-curve");
  const epochOutput = byId<HTMLOutputElement>("epoch");
  const lossOutput = byId<HTMLOutputElement>("loss");
  const accuracyOutput = byId<HTMLOutputElement>("accuracy");
  const formula = byId("network-formula");

  let points: PointSet; // the training points
  let test: PointSet;
  let network: Network;
  let rows: Int32Array;
  let losses: number[] = [];
  let testLosses: number[] = [];
  let epoch = 0;
  let running = false;
  const shuffle = mulberry32(11);

  // The figures change up to 60 times a second while training: their outputs are not live regions (a screen
  // reader would read every frame); the canvases' labels sum them up.
  const show = (): void => {
    const loss = losses.at(-1)!;
    const testLoss = testLosses.at(-1)!;
    const accuracy = network.accuracy(points.data, points.count);
    const testAccuracy = network.accuracy(test.data, test.count);
    epochOutput.textContent = String(epoch);
    lossOutput.textContent = formatNumber(loss);
    testLossOutput.textContent = formatNumber(testLoss);
    testLossOutput.dataset.value = String(testLoss);
    accuracyOutput.textContent = accuracy.toFixed(2);
    accuracyOutput.dataset.value = String(accuracy);
    testAccuracyOutput.textContent = testAccuracy.toFixed(2);
    drawBoundary(boundary, (x0, x1) => network.probability(x0, x1), points, test);
    boundary.setAttribute(
      "aria-label",
      `Decision boundary after ${epoch} epochs on ${dataset.selectedOptions[0]?.text ?? dataset.value}: the square is ` +
        `shaded orange where the network predicts orange, blue where it predicts blue. It classifies ` +
        `${percent(accuracy)} of the ${points.count} training points and ${percent(testAccuracy)} of the ` +
        `${test.count} test points (outlined in black) correctly.`,
    );
    drawLossCurve(curve, losses, testLosses);
    curve.setAttribute("aria-label", lossCurveDescription(losses, testLosses));
    pointExample.textContent = pointLossExample(network, points);
  };

  const start = (): void => {
    const units = Math.min(16, Math.max(1, Math.round(hidden.valueAsNumber) || 1));
    hidden.value = String(units);
    noiseOutput.textContent = noise.value;
    const all = makeDataset(dataset.value as DatasetName, 7, noise.valueAsNumber / 100);
    ({ train: points, test } = splitPoints(all, Number(split.value)));
    trainCount.textContent = String(points.count);
    testCount.textContent = String(test.count);
    network = new Network(units, activation.value as Activation);
    rows = Int32Array.from({ length: points.count }, (_, i) => i);
    epoch = 0;
    losses = [network.meanLoss(points.data, points.count)];
    testLosses = [network.meanLoss(test.data, test.count)];
    formula.textContent = network.rowLoss.toString();
    show();
  };

  const runEpoch = (): void => {
    // Fisher-Yates: each epoch visits the points in a new order
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      const swap = rows[i]!;
      rows[i] = rows[j]!;
      rows[j] = swap;
    }
    const rate = Number(learningRate.value);
    for (let s = 0; s < points.count; s += BATCH)
      network.step(points.data, rows, s, Math.min(s + BATCH, points.count), rate);
    epoch++;
    losses.push(network.meanLoss(points.data, points.count));
    testLosses.push(network.meanLoss(test.data, test.count));
  };

  const frame = (): void => {
    if (!running) return;
    for (let k = 0; k < EPOCHS_PER_FRAME; k++) runEpoch();
    show();
    if (!Number.isFinite(losses[losses.length - 1]!)) {
      setRunning(false); // diverged: a smaller learning rate, then Reset
      lossOutput.textContent = "diverged: lower the learning rate and reset";
      return;
    }
    requestAnimationFrame(frame);
  };

  const setRunning = (on: boolean): void => {
    running = on;
    // the name says what a press does; no aria-pressed beside it, which would say so twice
    train.textContent = on ? "Pause" : "Train";
    if (on) requestAnimationFrame(frame);
  };

  train.addEventListener("click", () => setRunning(!running));
  reset.addEventListener("click", start);
  for (const control of [dataset, hidden, activation, split]) control.addEventListener("change", start);
  // the slider's value as it moves; new points once it is let go (or at each arrow key)
  noise.addEventListener("input", () => (noiseOutput.textContent = noise.value));
  noise.addEventListener("change", start);
  start();
}

function percent(fraction: number): string {
  return `${Math.round(100 * fraction)}%`;
}

/**
 * The course's loss at the first training point, with its numbers: "y = 1, p = 0.73: loss = -(1 log 0.73 +
 * 0 log(1 - 0.73)) = 0.315".
 */
function pointLossExample(network: Network, points: PointSet): string {
  const [x0, x1, y] = [points.data[0]!, points.data[1]!, points.data[2]!];
  const p = network.probability(x0, x1);
  // the term whose factor is 0 is left out: 0 * log(0) would be NaN, where the course's formula means 0
  const loss = y === 1 ? -Math.log(p) : -Math.log(1 - p);
  const at = `(x0, x1) = (${formatNumber(x0)}, ${formatNumber(x1)})`;
  return (
    `For instance, the first training point, ${at}, is ${y === 1 ? "orange (y = 1)" : "blue (y = 0)"}; the network ` +
    `gives it p = ${formatNumber(p)}, so its loss is -(${y} log ${formatNumber(p)} + ${1 - y} log(1 - ${formatNumber(p)})) ` +
    `= ${formatNumber(loss)}.`
  );
}
