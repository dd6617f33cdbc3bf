import { pairUp } from "../internals/pairUp.js";

/**
 * The coefficient of determination R^2 = 1 - SS_res / SS_tot: 1 is a perfect fit, 0 is as good as
 * predicting the mean, negative is worse than that. (If every target is equal: 1 for a perfect fit,
 * else 0, as scikit-learn does.)
 * @example r2Score([1, 2, 3], [1, 2, 3]) // 1
 */
export function r2Score(yTrue: readonly number[], yPred: readonly number[]): number {
  const pairs = pairUp(yPred, yTrue, "r2Score");
  const mean = yTrue.reduce((a, b) => a + b, 0) / yTrue.length;
  const residual = pairs.reduce((sum, [p, t]) => sum + (t - p) ** 2, 0);
  const total = yTrue.reduce((sum, t) => sum + (t - mean) ** 2, 0);
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
