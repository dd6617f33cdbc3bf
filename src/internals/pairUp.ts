/**
 * Pairs predictions with targets, checking the lengths agree; `caller` names the loss or metric in errors.
 * Shared by the losses (expressions) and the metrics (numbers).
 */
export function pairUp<P, T>(predictions: readonly P[], targets: readonly T[], caller: string): [P, T][] {
  if (predictions.length !== targets.length) {
    throw new RangeError(`${caller}: ${predictions.length} predictions but ${targets.length} targets`);
  }
  if (predictions.length === 0) throw new RangeError(`${caller}: no predictions`);
  return predictions.map((p, i) => [p, targets[i] as T]);
}
