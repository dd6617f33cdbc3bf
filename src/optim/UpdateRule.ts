/**
 * One optimizer's update, in place, over flat arrays: the form the models' training loops use, and what
 * SGD and Adam apply to their Parameters. `gradients` is d loss / d value, entry by entry.
 */
export interface UpdateRule {
  update(values: Float64Array, gradients: Float64Array): void;
}

/** Throws a RangeError unless `value` is a finite number within [min, max) (or [min, max] when `inclusive`). */
export function checkRange(what: string, value: number, min: number, max = Infinity, inclusive = false): void {
  const ok = Number.isFinite(value) && value >= min && (inclusive ? value <= max : value < max);
  if (!ok) throw new RangeError(`${what} must be a number in [${min}, ${max}${inclusive ? "]" : ")"}, got ${value}`);
}
