import { mulberry32, shuffleInPlace } from "../../src/index.js";

/*
 * Batch, mini-batch and stochastic gradient descent differ in one number: how many rows each update sees
 * (all of them, b of them, or 1). Same model, same data, same seed: compare the loss curves.
 * The model here is linear regression with its gradient written out, so the batching is all that is new.
 */

/** Options of `train`. */
export interface BatchOptions {
  /** Rows per update: the row count for batch, 1 for stochastic, anything between for mini-batch. */
  readonly batchSize: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** Seeds the shuffling: the same seed gives the same batches, so the same curve. */
  readonly seed: number;
}

/** A trained linear model and its loss curve. */
export interface TrainedLinear {
  /** Slopes, one per column. */
  readonly weights: number[];
  readonly bias: number;
  /** The mean squared error on ALL rows after each epoch. */
  readonly lossHistory: number[];
}

/** The mean squared error of the linear model on the given rows. */
export function meanSquaredError(weights: readonly number[], bias: number, X: readonly (readonly number[])[], y: readonly number[]): number {
  let total = 0;
  X.forEach((row, i) => {
    const error = row.reduce((sum, value, j) => sum + weights[j]! * value, bias) - y[i]!;
    total += error * error;
  });
  return total / X.length;
}

/** The gradient of the mean squared error over the rows `rows` only: [d/dweights..., d/dbias]. */
export function batchGradient(
  weights: readonly number[],
  bias: number,
  X: readonly (readonly number[])[],
  y: readonly number[],
  rows: readonly number[],
): { weights: number[]; bias: number } {
  const gradient = { weights: weights.map(() => 0), bias: 0 };
  for (const r of rows) {
    const row = X[r]!;
    const error = row.reduce((sum, value, j) => sum + weights[j]! * value, bias) - y[r]!;
    row.forEach((value, j) => (gradient.weights[j]! += (2 * error * value) / rows.length));
    gradient.bias += (2 * error) / rows.length;
  }
  return gradient;
}

/**
 * One epoch's batches: the row indices 0..nRows-1 shuffled by `random`, then cut into consecutive groups
 * of `batchSize` (the last may be smaller). Every row appears exactly once.
 */
export function batches(nRows: number, batchSize: number, random: () => number): number[][] {
  // BEGIN SOLUTION TODO(08.1): shuffle the indices with shuffleInPlace(indices, random), then slice them into groups of batchSize
  const indices = shuffleInPlace(Array.from({ length: nRows }, (_, i) => i), random);
  const groups: number[][] = [];
  for (let start = 0; start < nRows; start += batchSize) groups.push(indices.slice(start, start + batchSize));
  return groups;
  // END SOLUTION
}

/** Trains from zero weights: every epoch, one update per batch; the loss on all rows is recorded after each epoch. */
export function train(X: readonly (readonly number[])[], y: readonly number[], options: BatchOptions): TrainedLinear {
  // BEGIN SOLUTION TODO(08.2): one seeded generator (mulberry32(seed)) for the whole run; per epoch, per batch: batchGradient, then step
  const random = mulberry32(options.seed);
  let weights = (X[0] ?? []).map(() => 0);
  let bias = 0;
  const lossHistory: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const rows of batches(X.length, options.batchSize, random)) {
      const gradient = batchGradient(weights, bias, X, y, rows);
      weights = weights.map((w, j) => w - options.learningRate * gradient.weights[j]!);
      bias -= options.learningRate * gradient.bias;
    }
    lossHistory.push(meanSquaredError(weights, bias, X, y));
  }
  return { weights, bias, lossHistory };
  // END SOLUTION
}

/** The three loss curves on the same data, with the same seed, epochs and learning rate. */
export interface LossCurves {
  readonly batch: number[];
  readonly miniBatch: number[];
  readonly stochastic: number[];
}

/** Batch (all rows), mini-batch (`miniBatchSize` rows) and stochastic (1 row) training, side by side. */
export function compareLossCurves(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: { readonly epochs: number; readonly learningRate: number; readonly seed: number; readonly miniBatchSize?: number },
): LossCurves {
  // BEGIN SOLUTION TODO(08.3): call train three times, changing only batchSize (X.length, miniBatchSize, 1)
  const { miniBatchSize = 8, ...rest } = options;
  return {
    batch: train(X, y, { ...rest, batchSize: X.length }).lossHistory,
    miniBatch: train(X, y, { ...rest, batchSize: miniBatchSize }).lossHistory,
    stochastic: train(X, y, { ...rest, batchSize: 1 }).lossHistory,
  };
  // END SOLUTION
}
