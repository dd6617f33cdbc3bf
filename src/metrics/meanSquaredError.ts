import { pairUp } from "../internals/pairUp.js";

/**
 * Mean squared error of plain numbers: (1/n) sum (t - p)^2. The expression version is `mseLoss`.
 * @example meanSquaredError([1, 2], [1, 4]) // 2
 */
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  return pairUp(yPred, yTrue, "meanSquaredError").reduce((sum, [p, t]) => sum + (p - t) ** 2, 0) / yTrue.length;
}
