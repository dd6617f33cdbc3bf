import type { Expression, Operand } from "../expression/Expression.js";
import { lift } from "../expression/Expression.js";
import { abs, relu } from "../expression/factories.js";
import { meanOf } from "./sumOf.js";
import { pairUp } from "../internals/pairUp.js";

/**
 * One row's smooth L1 (Huber, delta 1) error of d = prediction - target:
 * 0.5 d^2 when |d| < 1, |d| - 0.5 otherwise.
 *
 * The engine has no "if", so it is written with a = |d| and m = min(a, 1) = a - relu(a - 1):
 * 0.5 m^2 + relu(a - 1). For a < 1 that is 0.5 a^2; for a >= 1 it is 0.5 + (a - 1) = a - 0.5. Its
 * derivative follows from the engine's rules for abs and relu: d inside, sign(d) outside.
 *
 * @example smoothL1Error(variable("p"), 0).eval({ p: 3 }) // 2.5
 */
export function smoothL1Error(prediction: Operand, target: Operand): Expression {
  const a = abs(lift(prediction).sub(target));
  const excess = relu(a.sub(1));
  const m = a.sub(excess);
  return m.pow(2).mul(0.5).add(excess);
}

/**
 * Mean smooth L1 (Huber, delta 1) loss as an expression: quadratic near 0, linear far out, so outliers
 * pull less than with MSE.
 * @example smoothL1Loss([variable("p")], [0]).eval({ p: 0.5 }) // 0.125
 */
export function smoothL1Loss(predictions: readonly Operand[], targets: readonly Operand[]): Expression {
  return meanOf(pairUp(predictions, targets, "smoothL1Loss").map(([p, t]) => smoothL1Error(p, t)));
}

/**
 * Mean smooth L1 (Huber, delta 1) loss of plain numbers.
 * @example smoothL1([0, 0], [0.5, 3]) // (0.125 + 2.5) / 2
 */
export function smoothL1(yTrue: readonly number[], yPred: readonly number[]): number {
  const total = pairUp(yPred, yTrue, "smoothL1").reduce((sum, [p, t]) => {
    const a = Math.abs(p - t);
    return sum + (a < 1 ? 0.5 * a * a : a - 0.5);
  }, 0);
  return total / yTrue.length;
}
