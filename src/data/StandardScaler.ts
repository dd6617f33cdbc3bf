import { DataError } from "./DataError.js";
import { rowsOf, type Matrix } from "./Matrix.js";

/**
 * Standardizes each column to mean 0 and standard deviation 1: z = (x - mean) / std. Fit it on the
 * training rows only, then transform train and test with the same numbers, so nothing about the test
 * set leaks into training. A constant column keeps std 1 (it is only centred), as scikit-learn does.
 * The standard deviation is the population one (divide by n), also as scikit-learn does.
 *
 * @example
 * const scaler = new StandardScaler().fit(XTrain);
 * const XTrainScaled = scaler.transform(XTrain);
 * const XTestScaled = scaler.transform(XTest);
 * scaler.inverseTransform(XTestScaled); // XTest again
 */
export class StandardScaler {
  /** Column means from `fit`. */
  mean: number[] = [];
  /** Column standard deviations from `fit` (1 for a constant column). */
  scale: number[] = [];

  /** Learns each column's mean and standard deviation. */
  fit(X: Matrix): this {
    const rows = rowsOf(X);
    if (rows.length === 0) throw new DataError("Cannot fit a StandardScaler on zero rows");
    const width = rows[0]?.length ?? 0;
    const n = rows.length;
    this.mean = Array.from({ length: width }, (_, c) => rows.reduce((sum, row) => sum + (row[c] as number), 0) / n);
    this.scale = this.mean.map((mean, c) => {
      const variance = rows.reduce((sum, row) => sum + ((row[c] as number) - mean) ** 2, 0) / n;
      return variance > 0 ? Math.sqrt(variance) : 1;
    });
    return this;
  }

  /** (x - mean) / std, column by column. */
  transform(X: Matrix): number[][] {
    return this.#check(X).map((row) =>
      row.map((value, c) => (value - (this.mean[c] as number)) / (this.scale[c] as number)),
    );
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    return this.fit(X).transform(X);
  }

  /** z * std + mean: back to the original units. */
  inverseTransform(X: Matrix): number[][] {
    return this.#check(X).map((row) =>
      row.map((value, c) => value * (this.scale[c] as number) + (this.mean[c] as number)),
    );
  }

  #check(X: Matrix): readonly (readonly number[])[] {
    if (this.mean.length === 0) throw new DataError("StandardScaler is not fitted yet: call fit(XTrain) first");
    const rows = rowsOf(X);
    const width = rows[0]?.length ?? this.mean.length;
    if (width !== this.mean.length)
      throw new DataError(`StandardScaler was fitted on ${this.mean.length} columns, got ${width}`);
    return rows;
  }
}
