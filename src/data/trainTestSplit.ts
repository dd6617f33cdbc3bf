import { DataError } from "./DataError.js";
import { rowsOf, targetsOf, type Matrix } from "./Matrix.js";
import { mulberry32 } from "./mulberry32.js";
import { shuffleInPlace } from "./shuffleInPlace.js";

/** Options for `trainTestSplit`. */
export interface TrainTestSplitOptions {
  /** A fraction in (0, 1) of the rows, or a whole number of rows, for the test set. Default 0.25. */
  readonly testSize?: number;
  /** Seeds the shuffle: the same seed picks the same rows. Default 0. */
  readonly seed?: number;
}

/** The four parts of a split, plus which original rows went where. */
export interface TrainTestSplit {
  readonly XTrain: number[][];
  readonly XTest: number[][];
  readonly yTrain: number[];
  readonly yTest: number[];
  readonly trainRows: number[];
  readonly testRows: number[];
}

/**
 * Shuffles the rows with a seeded generator and holds out `testSize` of them for testing. Like
 * scikit-learn, the test size is rounded up. (The shipped datasets also have scikit-learn's own fixed
 * split: see `loadDataset`.)
 *
 * @example
 * const { XTrain, XTest, yTrain, yTest } = trainTestSplit(X, y, { testSize: 0.2, seed: 42 });
 */
export function trainTestSplit(X: Matrix, y: readonly number[], options: TrainTestSplitOptions = {}): TrainTestSplit {
  const rows = rowsOf(X);
  const targets = targetsOf(y, rows.length);
  const n = rows.length;
  const testSize = options.testSize ?? 0.25;
  const nTest = testSize > 0 && testSize < 1 ? Math.ceil(testSize * n) : testSize;
  if (!Number.isInteger(nTest) || nTest < 1 || nTest >= n) {
    throw new DataError(
      `testSize ${testSize} must be a fraction in (0, 1) or a whole number of rows in 1..${n - 1} (there are ` +
        `${n} rows)`,
    );
  }
  const order = shuffleInPlace(
    Array.from({ length: n }, (_, i) => i),
    mulberry32(options.seed ?? 0),
  );
  const testRows = order.slice(0, nTest);
  const trainRows = order.slice(nTest);
  const pickX = (indices: number[]) => indices.map((i) => [...(rows[i] as readonly number[])]);
  const pickY = (indices: number[]) => indices.map((i) => targets[i] as number);
  return {
    XTrain: pickX(trainRows),
    XTest: pickX(testRows),
    yTrain: pickY(trainRows),
    yTest: pickY(testRows),
    trainRows,
    testRows,
  };
}
