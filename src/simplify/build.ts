import type { Constant } from "../expression/Constant.js";
import type { Expression } from "../expression/Expression.js";
import type { UnaryFunction } from "../expression/UnaryFunction.js";
import { Division } from "../expression/operators/Division.js";
import { NaturalLog } from "../expression/functions/NaturalLog.js";
import { SquareRoot } from "../expression/functions/SquareRoot.js";
import {
  addNodes,
  finishSums,
  multiplyNodes,
  noteNesting,
  numberNode,
  plainValue,
  powerNodes,
  standalone,
} from "./canonical.js";
import { applyFunction } from "./applyFunction.js";

/**
 * Simplifying constructors, used by derivative() and simplify(). Each returns the canonical form of what
 * it builds, as SymPy's core does without simplify() (see canonical.ts and the README's list of rewrites):
 *
 *   sums and products flattened          (x + y) + z, x * (y * z)
 *   numbers folded and collected         2 * 3 * x -> 6 * x,  1 + x + 2 -> x + 3
 *   like terms collected                 2 x cos(x) + 2 x cos(x) -> 4 x cos(x),  u - u -> 0
 *   powers of one base merged            x * x^2 -> x^3,  x * x^(-1/2) -> sqrt(x),  x / x -> 1
 *   a number distributed over a sum      2 (x - 1) -> 2 x - 2
 *   inverse pairs valid for every real   log(exp(u)) -> u  (exp(log(u)) -> u only where u > 0 is certain)
 *   one order                            numbers, names, powers, functions, products, sums; highest degree first
 *
 * Named constants (pi, e) are not folded, so 2 * pi stays readable.
 */

export function num(value: number): Constant {
  return numberNode(value);
}
// Constants are immutable, so every derivative can share these two.
const ZERO = numberNode(0);
const ONE = numberNode(1);
export function zero(): Constant {
  return ZERO;
}
export function one(): Constant {
  return ONE;
}

/** The number a plain (unnamed) Constant holds; undefined for anything else. */
export function constantValue(e: Expression): number | undefined {
  return plainValue(e);
}

export function isZero(e: Expression): boolean {
  return constantValue(e) === 0;
}

/** a + b */
export function add(a: Expression, b: Expression): Expression {
  return addNodes(a, b);
}

/** a - b, as a + (-1) b */
export function sub(a: Expression, b: Expression): Expression {
  if (a === b) return ZERO;
  return addNodes(a, multiplyNodes(num(-1), b));
}

/** a * b */
export function mul(a: Expression, b: Expression): Expression {
  return noteNesting(multiplyNodes(a, b), a, b);
}

/** a / b, as a * b^(-1); 1 / 0 is left as it is. */
export function div(a: Expression, b: Expression): Expression {
  const cb = constantValue(b);
  // 1 / 0 stays as written, not folded to Infinity
  if (cb === 0) return noteNesting(new Division(a, b), a, b);
  return noteNesting(multiplyNodes(a, powerNodes(b, num(-1))), a, b);
}

/** a ^ b; a ^ 0.5 is sqrt(a), with sqrt's rules (sqrt(u^2) -> |u|), as simplify() rebuilds a sqrt node. */
export function pow(a: Expression, b: Expression): Expression {
  if (constantValue(b) === 0.5) return apply(new SquareRoot(a), a);
  return noteNesting(powerNodes(a, b), a, b);
}

/** -a, as (-1) a */
export function neg(a: Expression): Expression {
  return noteNesting(multiplyNodes(num(-1), a), a, a);
}

/**
 * log(a), through log's rules: a raw log node in a derivative (d(a^b)/db = a^b log(a)) would be rewritten by
 * the next simplify() (log(exp(u)) -> u, log(1.5) -> 0.405...), so simplify() would not be a fixed point on it.
 */
export function log(a: Expression): Expression {
  return apply(new NaturalLog(a), a);
}

/** f(u) with the function's own rules: inverse pairs, f(number) folded when the value is a whole number. */
export function apply(f: UnaryFunction, operand: Expression): Expression {
  return noteNesting(applyFunction(f, operand), operand, operand);
}

/** A canonical product's chain link (c * A of (c * A) * B) as a value of its own: c A distributed. */
export function standaloneLink(a: Expression): Expression {
  return standalone(a);
}

/**
 * Call once on a finished result (derivative() and simplify() do): long sums grow by appending while
 * they are built, and this puts them in order, in one pass over the shared graph.
 */
export function finish(e: Expression): Expression {
  return finishSums(e);
}
