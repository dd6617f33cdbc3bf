/**
 * Training speed of a small neural network: an 8-32-1 tanh MLP, 10,000 rows x 100 full-batch epochs of
 * gradient descent on the mean squared error (learning rate 0.05), from the same data and the same
 * initial weights, three ways in one run:
 *
 * - gradkit: `new MLPRegressor({ hidden: [32], activation: "tanh" }).fit(X, y, 100, 0.05)` (its kernel
 *   is generated once per shape, see src/nn/denseKernel.ts);
 * - a hand-written loop over a row-major Float64Array with backpropagation written out by hand;
 * - TensorFlow.js 4.22 CPU backend (float32): `tf.train.sgd(0.05).minimize(...)` on the same network.
 *
 *   npm run bench:mlp              # = npx tsx bench/mlp.ts; ROUNDS=5 npm run bench:mlp for more rounds
 *
 * Each contender runs a short warm-up (5 epochs), then ROUNDS interleaved rounds of the full 100 epochs;
 * the figure is the median CPU time of the process (process.cpuUsage), since the machine is shared and
 * every contender is single-threaded JavaScript.
 */
import { cpus, loadavg } from "node:os";
import { type CpuRun, cpuTime, tensorflowReady } from "./measure.js";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { MLPRegressor, mulberry32 } from "../src/index.js";

const ROWS = 10_000;
const INPUTS = 8;
const HIDDEN = 32;
const EPOCHS = 100;
const LEARNING_RATE = 0.05;
const SEED = 1;
const ROUNDS = Number(process.env.ROUNDS ?? 3);

const random = mulberry32(42);
const X = Array.from({ length: ROWS }, () => Array.from({ length: INPUTS }, () => 2 * random() - 1));
const y = X.map((row) => Math.sin(2 * row[0]!) + row[1]! * row[2]! - 0.5 * row[3]! + 0.05 * (random() - 0.5));

/**
 * The initial weights fit(..., { seed }) draws (src/models/DenseModel.ts): mulberry32(seed), uniform in
 * +-1/sqrt(fan-in), layer by layer: W1 [32][8] row-major, b1 [32], W2 [1][32], b2.
 */
function initialWeights(): { W1: Float64Array; b1: Float64Array; W2: Float64Array; b2: number } {
  const r = mulberry32(SEED);
  const draw = (fanIn: number) => (2 * r() - 1) / Math.sqrt(fanIn);
  const W1 = Float64Array.from({ length: HIDDEN * INPUTS }, () => draw(INPUTS));
  const b1 = Float64Array.from({ length: HIDDEN }, () => draw(INPUTS));
  const W2 = Float64Array.from({ length: HIDDEN }, () => draw(HIDDEN));
  const b2 = draw(HIDDEN);
  return { W1, b1, W2, b2 };
}

function gradkit(epochs = EPOCHS): number[] {
  const model = new MLPRegressor({ hidden: [HIDDEN], activation: "tanh", seed: SEED }).fit(X, y, epochs, LEARNING_RATE);
  return [...model.weights.flat(2), ...model.biases[0]!, ...model.biases[1]!];
}

/** What one would write by hand: forward, then backpropagation of the mean squared error, row by row. */
function handLoop(epochs = EPOCHS): number[] {
  const stride = INPUTS + 1;
  const data = new Float64Array(ROWS * stride);
  X.forEach((row, r) => {
    data.set(row, r * stride);
    data[r * stride + INPUTS] = y[r]!;
  });
  const { W1, b1, W2 } = initialWeights();
  let { b2 } = initialWeights();
  const gW1 = new Float64Array(HIDDEN * INPUTS);
  const gb1 = new Float64Array(HIDDEN);
  const gW2 = new Float64Array(HIDDEN);
  const h = new Float64Array(HIDDEN);
  const step = LEARNING_RATE / ROWS;
  for (let epoch = 0; epoch < epochs; epoch++) {
    gW1.fill(0);
    gb1.fill(0);
    gW2.fill(0);
    let gb2 = 0;
    let loss = 0;
    for (let r = 0; r < ROWS; r++) {
      const base = r * stride;
      let out = b2;
      for (let j = 0; j < HIDDEN; j++) {
        let z = b1[j]!;
        for (let i = 0; i < INPUTS; i++) z += W1[j * INPUTS + i]! * data[base + i]!;
        const a = Math.tanh(z);
        h[j] = a;
        out += W2[j]! * a;
      }
      const e = out - data[base + INPUTS]!;
      loss += e * e;
      const d = 2 * e;
      gb2 += d;
      for (let j = 0; j < HIDDEN; j++) {
        gW2[j] = gW2[j]! + d * h[j]!;
        const dz = d * W2[j]! * (1 - h[j]! * h[j]!);
        gb1[j] = gb1[j]! + dz;
        for (let i = 0; i < INPUTS; i++) gW1[j * INPUTS + i] = gW1[j * INPUTS + i]! + dz * data[base + i]!;
      }
    }
    if (!Number.isFinite(loss)) throw new Error("hand loop diverged");
    for (let k = 0; k < W1.length; k++) W1[k] = W1[k]! - step * gW1[k]!;
    for (let j = 0; j < HIDDEN; j++) {
      b1[j] = b1[j]! - step * gb1[j]!;
      W2[j] = W2[j]! - step * gW2[j]!;
    }
    b2 -= step * gb2;
  }
  return [...W1, ...W2, ...b1, b2];
}

/** TensorFlow.js, CPU backend: the same network, loss and plain SGD, one step per epoch. */
function tensorflow(epochs = EPOCHS): number[] {
  const start = initialWeights();
  // tf.matMul(xs, W1) wants W1 as [inputs][hidden]: the transpose of the [hidden][inputs] layout above
  const W1t = Array.from(
    { length: INPUTS * HIDDEN },
    (_, k) => start.W1[(k % HIDDEN) * INPUTS + Math.floor(k / HIDDEN)]!,
  );
  return tf.tidy(() => {
    const xs = tf.tensor2d(X);
    const ys = tf.tensor2d(y, [ROWS, 1]);
    const W1 = tf.variable(tf.tensor2d(W1t, [INPUTS, HIDDEN]));
    const b1 = tf.variable(tf.tensor1d([...start.b1]));
    const W2 = tf.variable(tf.tensor2d([...start.W2], [HIDDEN, 1]));
    const b2 = tf.variable(tf.scalar(start.b2));
    const optimizer = tf.train.sgd(LEARNING_RATE);
    for (let epoch = 0; epoch < epochs; epoch++) {
      optimizer.minimize(
        () =>
          tf.losses.meanSquaredError(
            ys,
            tf.add(tf.matMul(tf.tanh(tf.add(tf.matMul(xs, W1), b1)), W2), b2),
          ) as tf.Scalar,
      );
    }
    const w1 = W1.dataSync();
    const result = [
      ...Array.from({ length: HIDDEN * INPUTS }, (_, k) => w1[(k % INPUTS) * HIDDEN + Math.floor(k / INPUTS)]!),
      ...W2.dataSync(),
      ...b1.dataSync(),
      ...b2.dataSync(),
    ];
    optimizer.dispose();
    for (const v of [W1, b1, W2, b2]) v.dispose();
    return result;
  });
}

type Run = CpuRun;

await tensorflowReady(tf);

const contenders: [string, (epochs?: number) => number[]][] = [
  ["gradkit", gradkit],
  ["hand", handLoop],
  ["tfjs", tensorflow],
];
for (const [, run] of contenders) run(5); // warm-up: JIT, kernel generation, TF.js kernel registration
const runs = new Map<string, Run[]>(contenders.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++)
  for (const [name, run] of contenders) runs.get(name)!.push(cpuTime(() => run()));
const median = (name: string): Run => {
  const list = [...runs.get(name)!].sort((a, b) => a.ms - b.ms);
  return list[Math.floor(list.length / 2)]!;
};
const [ours, hand, tfjs] = ["gradkit", "hand", "tfjs"].map(median) as [Run, Run, Run];
const agree = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const all = (name: string) =>
  runs
    .get(name)!
    .map((run) => fmt(run.ms))
    .join(", ");

console.log(`8-${HIDDEN}-1 tanh MLP, ${ROWS} rows x ${EPOCHS} full-batch epochs, lr ${LEARNING_RATE}, MSE`);
console.log(
  `  (CPU time, median of ${ROUNDS} interleaved rounds; node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)})`,
);
console.log(`  gradkit MLPRegressor.fit (generated dense kernel): ${fmt(ours.ms)}   [${all("gradkit")}]`);
console.log(
  `  hand-written Float64Array loop, manual backprop: ${fmt(hand.ms)}   [${all("hand")}]   gradkit / hand = ${(ours.ms / hand.ms).toFixed(2)} (target <= 1.0, never > 1.5)`,
);
console.log(
  `  TensorFlow.js ${tf.version_core} CPU: ${fmt(tfjs.ms)}   [${all("tfjs")}]   TF.js / hand = ${(tfjs.ms / hand.ms).toFixed(2)}, gradkit is ${(tfjs.ms / ours.ms).toFixed(1)}x faster (target >= 3x)`,
);
console.log(
  `  max |weight difference|: gradkit vs hand ${agree(ours.result, hand.result).toExponential(1)}, vs TF.js (float32) ${agree(ours.result, tfjs.result).toExponential(1)}`,
);
