/**
 * Training speed of LinearRegression against a hand-written loop, TensorFlow.js (CPU backend) and the
 * course's naive method. 10,000 rows x 8 features, 100 full-batch epochs of gradient descent on the
 * mean squared error, all from the same data and the same starting parameters.
 *
 *   npx tsx bench/models.ts
 *
 * Each contender runs once to warm up, then REPEATS interleaved rounds; the median CPU time is reported. The naive method is
 * far too slow for 100 epochs, so it runs NAIVE_EPOCHS epochs and is extrapolated (said in the output).
 */
import { cpus, loadavg } from "node:os";
import { type CpuRun, cpuTime, tensorflowReady } from "./measure.js";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { LinearRegression, constant, mulberry32, variable, type Expression } from "../src/index.js";

const ROWS = 10_000;
const FEATURES = 8;
const EPOCHS = 100;
const LEARNING_RATE = 0.05;
const REPEATS = 9;
const NAIVE_EPOCHS = 1;
const SEED = 1;

const random = mulberry32(SEED);
const trueSlopes = Array.from({ length: FEATURES }, (_, j) => j - 3.5);
const X = Array.from({ length: ROWS }, () => Array.from({ length: FEATURES }, () => 2 * random() - 1));
const y = X.map((row) => row.reduce((s, v, j) => s + v * (trueSlopes[j] as number), 2) + 0.1 * (random() - 0.5));

/** The starting parameters fit(..., { seed }) uses: mulberry32(seed), uniform in [-0.5, 0.5). */
function initialParameters(): Float64Array {
  const r = mulberry32(SEED);
  return Float64Array.from({ length: FEATURES + 1 }, () => r() - 0.5);
}

function engine(epochs = EPOCHS): number[] {
  const model = new LinearRegression().fit(X, y, epochs, LEARNING_RATE, { seed: SEED });
  return [...Object.values(model.mx), model.yint];
}

/** What one would write by hand: the same gradient of the MSE, over a row-major Float64Array. */
function handLoop(): number[] {
  const stride = FEATURES + 1;
  const data = new Float64Array(ROWS * stride);
  X.forEach((row, r) => {
    data.set(row, r * stride);
    data[r * stride + FEATURES] = y[r] as number;
  });
  const p = initialParameters();
  const g = new Float64Array(FEATURES + 1);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    g.fill(0);
    let loss = 0;
    for (let r = 0; r < ROWS; r++) {
      const base = r * stride;
      let z = p[FEATURES] as number;
      for (let j = 0; j < FEATURES; j++) z += (p[j] as number) * (data[base + j] as number);
      const e = z - (data[base + FEATURES] as number);
      loss += e * e;
      for (let j = 0; j < FEATURES; j++) g[j] = (g[j] as number) + 2 * e * (data[base + j] as number);
      g[FEATURES] = (g[FEATURES] as number) + 2 * e;
    }
    if (!Number.isFinite(loss)) throw new Error("hand loop diverged");
    for (let j = 0; j <= FEATURES; j++) p[j] = (p[j] as number) - (LEARNING_RATE / ROWS) * (g[j] as number);
  }
  return [...p];
}

/** TensorFlow.js, CPU backend: the same model and loss, plain SGD, one step per epoch. */
function tensorflow(): number[] {
  const start = initialParameters();
  return tf.tidy(() => {
    const xs = tf.tensor2d(X);
    const ys = tf.tensor2d(y, [ROWS, 1]);
    const w = tf.variable(tf.tensor2d([...start.subarray(0, FEATURES)], [FEATURES, 1]));
    const b = tf.variable(tf.scalar(start[FEATURES] as number));
    const optimizer = tf.train.sgd(LEARNING_RATE);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      optimizer.minimize(() => tf.losses.meanSquaredError(ys, tf.add(tf.matMul(xs, w), b)) as tf.Scalar);
    }
    const result = [...w.dataSync(), ...b.dataSync()];
    optimizer.dispose();
    w.dispose();
    b.dispose();
    return result;
  });
}

/** The course's method: each epoch builds one tree per row and calls diff once per parameter. */
function naive(epochs: number): number[] {
  const names = [...Array.from({ length: FEATURES }, (_, j) => `m${j}`), "yint"];
  const p = initialParameters();
  for (let epoch = 0; epoch < epochs; epoch++) {
    const env: Record<string, number> = Object.fromEntries(names.map((name, j) => [name, p[j] as number]));
    const g = new Float64Array(FEATURES + 1);
    X.forEach((row, r) => {
      let prediction: Expression = variable("yint");
      row.forEach((value, j) => (prediction = variable(`m${j}`).mul(constant(value)).add(prediction)));
      const loss = prediction.sub(constant(y[r] as number)).pow(2);
      names.forEach((name, j) => (g[j] = (g[j] as number) + loss.diff(env, name)));
    });
    for (let j = 0; j <= FEATURES; j++) p[j] = (p[j] as number) - (LEARNING_RATE / ROWS) * (g[j] as number);
  }
  return [...p];
}

type Run = CpuRun;

/** Median time of each contender; rounds interleave them so a busy machine slows all of them alike. */
function medians(contenders: readonly (() => number[])[]): Run[] {
  contenders.forEach((run) => run()); // warm-up: JIT, TF.js kernel registration, engine kernel compilation
  const runs = contenders.map(() => [] as Run[]);
  for (let round = 0; round < REPEATS; round++) contenders.forEach((run, i) => runs[i]?.push(cpuTime(run)));
  return runs.map((list) => list.sort((a, b) => a.ms - b.ms)[Math.floor(REPEATS / 2)] as Run);
}

await tensorflowReady(tf);

const [ours, hand, tfjs] = medians([() => engine(), handLoop, tensorflow]) as [Run, Run, Run];
const naiveRun = cpuTime(() => naive(NAIVE_EPOCHS));
const naiveMs = (naiveRun.ms / NAIVE_EPOCHS) * EPOCHS;

const agree = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] as number))));
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

console.log(`LinearRegression.fit, ${ROWS} rows x ${FEATURES} features x ${EPOCHS} full-batch epochs`);
console.log(
  `  (CPU time, median of ${REPEATS} interleaved rounds; node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)})`,
);
console.log(`  gradkit (compileSum kernel): ${fmt(ours.ms)}`);
console.log(
  `  hand-written Float64Array loop: ${fmt(hand.ms)}   ratio gradkit / hand = ${(ours.ms / hand.ms).toFixed(2)} (target <= 1.0, never > 1.5)`,
);
console.log(
  `  TensorFlow.js ${tf.version_core} CPU: ${fmt(tfjs.ms)}   gradkit is ${(tfjs.ms / ours.ms).toFixed(1)}x faster (target >= 20x)`,
);
console.log(
  `  naive course method (tree per row, diff per parameter): ${fmt(naiveMs)} for ${EPOCHS} epochs, ` +
    `extrapolated from ${NAIVE_EPOCHS} epoch(s) timed at ${fmt(naiveRun.ms)}; gradkit is ${(naiveMs / ours.ms).toFixed(0)}x faster`,
);
console.log(
  `  max |parameter difference|: gradkit vs hand ${agree(ours.result, hand.result).toExponential(1)}, vs TF.js (float32) ${agree(ours.result, tfjs.result).toExponential(1)}`,
);
console.log(
  `  naive vs gradkit after ${NAIVE_EPOCHS} epoch(s): max |parameter difference| ${agree(naiveRun.result, engine(NAIVE_EPOCHS)).toExponential(1)}`,
);
