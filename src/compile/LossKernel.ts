/**
 * A compiled training loss: the SUM over rows of the per-row loss, with d(sum)/d(parameter) ADDED into
 * gradientOut (the caller zeroes it). Rows used: rows[start..end) when `rows` is given (mini-batches over a
 * shuffled index), else data rows start..end-1 of the row-major `data`.
 */
export type LossKernel = (
  parameters: Float64Array,
  data: Float64Array,
  rows: Int32Array | null,
  start: number,
  end: number,
  gradientOut: Float64Array,
) => number;
