import { pairUp } from "../internals/pairUp.js";

/**
 * The fraction of predictions equal to the true labels.
 * @example accuracy([0, 1, 1, 0], [0, 1, 0, 0]) // 0.75
 */
export function accuracy(yTrue: readonly number[], yPred: readonly number[]): number {
  return pairUp(yPred, yTrue, "accuracy").filter(([p, t]) => p === t).length / yTrue.length;
}
