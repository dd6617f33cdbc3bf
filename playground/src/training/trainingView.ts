import { formatNumber } from "../formatNumber.js";
import { makeDataset, type DatasetName, type PointSet } from "./datasets.js";
import { drawBoundary } from "./drawBoundary.js";
import { drawLossCurve } from "./drawLossCurve.js";
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
 * The training panel: choose a dataset, the hidden units, the activation and the learning rate; Train
 * runs mini-batch gradient descent on gradkit's compiled loss gradient, a few epochs per animation frame,
 * and redraws the decision boundary and the loss curve after each frame. Changing the data or the
 * network starts over; the learning rate applies at once.
 */
export function trainingView(): void {
  const dataset = byId<HTMLSelectElement>("dataset");
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

  let points: PointSet;
  let network: Network;
  let rows: Int32Array;
  let losses: number[] = [];
  let epoch = 0;
  let running = false;
  const shuffle = mulberry32(11);

  const show = (): void => {
    const loss = network.meanLoss(points.data, points.count);
    const accuracy = network.accuracy(points.data, points.count);
    epochOutput.textContent = String(epoch);
    lossOutput.textContent = formatNumber(loss);
    accuracyOutput.textContent = accuracy.toFixed(2);
    accuracyOutput.dataset.value = String(accuracy);
    drawBoundary(boundary, (x0, x1) => network.probability(x0, x1), points);
    drawLossCurve(curve, losses);
  };

  const start = (): void => {
    const units = Math.min(16, Math.max(1, Math.round(hidden.valueAsNumber) || 1));
    hidden.value = String(units);
    points = makeDataset(dataset.value as DatasetName);
    network = new Network(units, activation.value as Activation);
    rows = Int32Array.from({ length: points.count }, (_, i) => i);
    epoch = 0;
    losses = [network.meanLoss(points.data, points.count)];
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
    train.textContent = on ? "Pause" : "Train";
    train.setAttribute("aria-pressed", String(on));
    if (on) requestAnimationFrame(frame);
  };

  train.addEventListener("click", () => setRunning(!running));
  reset.addEventListener("click", start);
  for (const control of [dataset, hidden, activation]) control.addEventListener("change", start);
  start();
}
