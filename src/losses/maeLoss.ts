import type { Expression, Operand } from "../expression/Expression.js";
import { lift } from "../expression/Expression.js";
import { abs } from "../expression/factories.js";
import { meanOf } from "./sumOf.js";
import { pairUp } from "../internals/pairUp.js";

/**
 * One row's absolute error |prediction - target| (its derivative at 0 is 0, the sign convention).
 * @example absoluteError(variable("p"), 3).eval({ p: 1 }) // 2
 */
export function absoluteError(prediction: Operand, target: Operand): Expression {
  return abs(lift(prediction).sub(target));
}

/**
 * Mean absolute error as an expression: (1/n) sum_i |p_i - t_i|.
 * @example maeLoss([variable("p")], [3]).eval({ p: 1 }) // 2
 */
export function maeLoss(predictions: readonly Operand[], targets: readonly Operand[]): Expression {
  return meanOf(pairUp(predictions, targets, "maeLoss").map(([p, t]) => absoluteError(p, t)));
}

/**
 * Mean absolute error of plain numbers.
 * @example meanAbsoluteError([1, 2], [2, 4]) // 1.5
 */
export function meanAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  return pairUp(yPred, yTrue, "meanAbsoluteError").reduce((sum, [p, t]) => sum + Math.abs(p - t), 0) / yTrue.length;
}
