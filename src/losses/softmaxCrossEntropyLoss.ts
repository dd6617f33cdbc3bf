import type { Expression, Operand } from "../expression/Expression.js";
import { lift } from "../expression/Expression.js";
import { exp, log, relu } from "../expression/factories.js";
import { meanOf, sumOf } from "./sumOf.js";
import { pairUp } from "../internals/pairUp.js";

/**
 * Softmax of one row of logits: e^(z_k - max) / sum_j e^(z_j - max). Subtracting the max changes
 * nothing mathematically and keeps every exponent <= 0, so nothing overflows.
 * @example softmax([1, 1]) // [0.5, 0.5]
 */
export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const shifted = logits.map((z) => Math.exp(z - max));
  const total = shifted.reduce((a, b) => a + b, 0);
  return shifted.map((e) => e / total);
}

/**
 * Mean cross-entropy over softmax, of plain numbers: for each row, log(sum_k e^z_k) - z_target,
 * computed with the max subtracted (see `softmax`). `targets` are class indices 0..K-1.
 * @example softmaxCrossEntropy([[0, 0]], [1]) // log 2
 */
export function softmaxCrossEntropy(logits: readonly (readonly number[])[], targets: readonly number[]): number {
  const total = pairUp(logits, targets, "softmaxCrossEntropy").reduce((sum, [row, target]) => {
    const max = Math.max(...row);
    const logSumExp = max + Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    return sum + logSumExp - logitAt(row, target);
  }, 0);
  return total / targets.length;
}

/**
 * One row's cross-entropy over softmax as an expression: log(sum_k e^z_k) - z_target.
 *
 * Stability: the expression subtracts m = max(z_0, ..., z_{K-1}) before exponentiating and adds it back,
 * m + log(sum_k e^(z_k - m)) - z_target. The engine has no max node, so m is built pairwise from
 * max(a, b) = b + relu(a - b). Its gradient is exact: the derivative of m + log sum e^(z_k - m) with
 * respect to m is 1 - sum_k softmax_k = 0, so m's own (piecewise) gradient cancels.
 *
 * @example
 * const [a, b] = [variable("a"), variable("b")];
 * softmaxCrossEntropyError([a, b], 0).eval({ a: 1000, b: 0 }); // 0, not NaN
 */
export function softmaxCrossEntropyError(logits: readonly Operand[], target: number): Expression {
  const z = logits.map(lift);
  const chosen = logitAt(z, target);
  const max = z.slice(1).reduce((m, zk) => zk.add(relu(m.sub(zk))), z[0] as Expression);
  const logSumExp = max.add(log(sumOf(z.map((zk) => exp(zk.sub(max))))));
  return logSumExp.sub(chosen);
}

/**
 * Mean cross-entropy over softmax as an expression, one row of K logits per sample and a class index
 * 0..K-1 per sample. See `softmaxCrossEntropyError` for how it stays finite.
 * @example softmaxCrossEntropyLoss([[variable("a"), variable("b")]], [1]).eval({ a: 0, b: 0 }) // log 2
 */
export function softmaxCrossEntropyLoss(
  logits: readonly (readonly Operand[])[],
  targets: readonly number[],
): Expression {
  return meanOf(
    pairUp(logits, targets, "softmaxCrossEntropyLoss").map(([row, target]) => softmaxCrossEntropyError(row, target)),
  );
}

function logitAt<T>(row: readonly T[], target: number): T {
  const value = row[target];
  if (!Number.isInteger(target) || value === undefined) {
    throw new RangeError(
      `Class index ${target} is out of range: there are ${row.length} logits (classes 0..${row.length - 1})`,
    );
  }
  return value;
}

/**
 * One row's cross-entropy over softmax against a one-hot (or any probability) target row t:
 * -sum_k t_k log softmax_k(z) = logsumexp(z) - sum_k t_k z_k when the t_k add up to 1. The target is an
 * expression too, so a training kernel can read it from the data row (see `softmaxCrossEntropyError` for
 * the stable log-sum-exp).
 * @example softmaxCrossEntropyOneHot([variable("a"), variable("b")], [0, 1]).eval({ a: 0, b: 0 }) // log 2
 */
export function softmaxCrossEntropyOneHot(logits: readonly Operand[], target: readonly Operand[]): Expression {
  const z = logits.map(lift);
  if (z.length === 0 || target.length !== z.length) {
    throw new RangeError(
      `softmaxCrossEntropyOneHot needs as many target entries as logits (at least one); got ${target.length} and ` +
        `${z.length}`,
    );
  }
  const max = z.slice(1).reduce((m, zk) => zk.add(relu(m.sub(zk))), z[0] as Expression);
  const logSumExp = max.add(log(sumOf(z.map((zk) => exp(zk.sub(max))))));
  return logSumExp.sub(sumOf(z.map((zk, k) => lift(target[k] as Operand).mul(zk))));
}
