import type { Constant } from "../expression/Constant.js";
import type { Expression } from "../expression/Expression.js";
import type { UnaryFunction } from "../expression/UnaryFunction.js";
import { Division } from "../expression/operators/Division.js";
import { addNodes, finishSums, multiplyNodes, noteNesting, numberNode, plainValue, powerNodes } from "./canonical.js";
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

/** a ^ b */
export function pow(a: Expression, b: Expression): Expression {
  return noteNesting(powerNodes(a, b), a, b);
}

/** -a, as (-1) a */
export function neg(a: Expression): Expression {
  return noteNesting(multiplyNodes(num(-1), a), a, a);
}

/** f(u) with the function's own rules: inverse pairs, f(number) folded when the value is a whole number. */
export function apply(f: UnaryFunction, operand: Expression): Expression {
  return noteNesting(applyFunction(f, operand), operand, operand);
}

/**
 * Call once on a finished result (derivative() and simplify() do): long sums grow by appending while
 * they are built, and this puts them in order, in one pass over the shared graph.
 */
export function finish(e: Expression): Expression {
  return finishSums(e);
}
