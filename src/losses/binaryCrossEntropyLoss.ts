import type { Expression, Operand } from "../expression/Expression.js";
import { lift } from "../expression/Expression.js";
import { abs, exp, log } from "../expression/factories.js";
import { meanOf } from "./sumOf.js";
import { pairUp } from "../internals/pairUp.js";

/**
 * One row's binary cross-entropy, from the logit z (before the sigmoid) and the label y (0 or 1):
 * -y log(sigmoid(z)) - (1 - y) log(1 - sigmoid(z)), which simplifies to softplus(z) - y z.
 *
 * Written as log(1 + e^-|z|) + (z + |z|) / 2 - y z so that no step overflows: e^-|z| is at most 1,
 * and (z + |z|) / 2 is max(z, 0). The textbook form gives log(0) = -Infinity once sigmoid(z) rounds to
 * 0 or 1 (|z| > ~37). max(z, 0) is written with |z| rather than relu so that the gradient at z = 0 is
 * the right 0.5 - y (sign(0) = 0 gives 1/2 there; relu's step(0) = 0 would give -y).
 * Its derivative is sigmoid(z) - y everywhere.
 *
 * @example logisticLoss(variable("z"), 1).eval({ z: 1000 }) // 0, not NaN
 */
export function logisticLoss(logit: Operand, label: Operand): Expression {
  const z = lift(logit);
  const size = abs(z);
  const softplusTail = log(exp(size.neg()).add(1));
  return softplusTail.add(z.add(size).div(2)).sub(z.mul(label));
}

/**
 * Mean binary cross-entropy as an expression, from logits (not probabilities: that is what keeps it
 * finite for large |z|, see `logisticLoss`). The plain function `binaryCrossEntropy` takes
 * probabilities, as a metric would.
 *
 * @example
 * const w = variable("w");
 * binaryCrossEntropyLoss([w.mul(2)], [1]).diff({ w: 0 }, "w"); // (sigmoid(0) - 1) * 2 = -1
 */
export function binaryCrossEntropyLoss(logits: readonly Operand[], labels: readonly Operand[]): Expression {
  return meanOf(pairUp(logits, labels, "binaryCrossEntropyLoss").map(([z, y]) => logisticLoss(z, y)));
}

/**
 * Mean binary cross-entropy of labels (0/1) and predicted probabilities. Probabilities are clipped to
 * [1e-15, 1 - 1e-15] (as scikit-learn's log_loss does) so a confident mistake costs ~34.5, not Infinity.
 *
 * @example binaryCrossEntropy([1, 0], [0.9, 0.2]) // (-log 0.9 - log 0.8) / 2 = 0.164...
 */
export function binaryCrossEntropy(yTrue: readonly number[], probabilities: readonly number[]): number {
  const eps = 1e-15;
  const total = pairUp(probabilities, yTrue, "binaryCrossEntropy").reduce((sum, [p, y]) => {
    const clipped = Math.min(Math.max(p, eps), 1 - eps);
    return sum - y * Math.log(clipped) - (1 - y) * Math.log(1 - clipped);
  }, 0);
  return total / yTrue.length;
}
