import { DataError } from "./DataError.js";
import { DataFrame } from "./DataFrame.js";

/** Rows of numbers (one inner array per sample), or a DataFrame whose every column is a feature. */
export type Matrix = readonly (readonly number[])[] | DataFrame;

/**
 * The rows of `X`, checked: rectangular and finite. `what` names X in errors ("X", "XTest").
 * @example rowsOf([[1, 2], [3, 4]]) // [[1, 2], [3, 4]]
 */
export function rowsOf(X: Matrix, what = "X"): readonly (readonly number[])[] {
  if (X instanceof DataFrame) return X.toRows();
  const width = X[0]?.length ?? 0;
  X.forEach((row, r) => {
    if (!Array.isArray(row))
      throw new DataError(`${what} must be an array of rows (number[][]), got ${typeof row}`, { row: r + 1 });
    if (row.length !== width)
      throw new DataError(`${what} has ${row.length} values in this row but ${width} in row 1`, { row: r + 1 });
    row.forEach((value, c) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new DataError(`${what} holds ${String(value)}, not a finite number`, { row: r + 1, column: `x${c}` });
      }
    });
  });
  return X;
}

/** Checks that y is finite numbers, one per row of X. */
export function targetsOf(y: readonly number[], nRows: number, what = "y"): readonly number[] {
  if (y.length !== nRows) throw new DataError(`X has ${nRows} rows but ${what} has ${y.length} values`);
  y.forEach((value, r) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new DataError(`${what} holds ${String(value)}, not a finite number`, { row: r + 1, column: what });
    }
  });
  return y;
}
