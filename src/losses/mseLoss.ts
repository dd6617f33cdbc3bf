import type { Expression, Operand } from "../expression/Expression.js";
import { lift } from "../expression/Expression.js";
import { meanOf } from "./sumOf.js";
import { pairUp } from "../internals/pairUp.js";

/**
 * One row's squared error, (prediction - target)^2, as an expression.
 * @example squaredError(variable("p"), 3).eval({ p: 5 }) // 4
 */
export function squaredError(prediction: Operand, target: Operand): Expression {
  return lift(prediction).sub(target).pow(2);
}

/**
 * Mean squared error as an expression: (1/n) sum_i (p_i - t_i)^2. Its value as a plain number is
 * `meanSquaredError` (in metrics). The course's "sum of squares" is the same sum without the 1/n.
 *
 * @example
 * const w = variable("w");
 * const loss = mseLoss([w.mul(1), w.mul(2)], [2, 4]);
 * loss.diff({ w: 1 }, "w"); // -10
 */
export function mseLoss(predictions: readonly Operand[], targets: readonly Operand[]): Expression {
  return meanOf(pairUp(predictions, targets, "mseLoss").map(([p, t]) => squaredError(p, t)));
}
