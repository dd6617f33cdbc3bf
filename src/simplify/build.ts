import { Constant } from "../expression/Constant.js";
import type { Expression } from "../expression/Expression.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";
import { Negation } from "../expression/operators/Negation.js";

/**
 * Simplifying constructors: each builds one node, applying the local rules below first. Each rule
 * looks only at the operands' top nodes, so building a derivative stays O(1) per node and shared
 * subtrees stay shared. The rules, as data:
 *
 *   c1 op c2 -> fold     0 + u -> u     u - 0 -> u     0 - u -> -u      u - u -> 0
 *   0 * u -> 0           1 * u -> u     -1 * u -> -u   u * c -> c * u   c1 * (c2 * u) -> (c1 c2) * u
 *   u * (c * v) -> c * u * v   u + (v - w) -> u + v - w
 *   0 / u -> 0           u / 1 -> u     u ^ 1 -> u     u ^ 0 -> 1       1 ^ u -> 1
 *   --u -> u             -(c * u) -> (-c) * u          u + -v -> u - v     u - -v -> u + v
 *
 * Named constants (pi, e) are not folded, so 2 * pi stays readable.
 */

export function num(value: number): Constant {
  return new Constant(value);
}
// Constants are immutable, so every derivative can share these two.
const ZERO = new Constant(0);
const ONE = new Constant(1);
export function zero(): Constant {
  return ZERO;
}
export function one(): Constant {
  return ONE;
}

/** The number a plain (unnamed) Constant holds; undefined for anything else. */
export function constantValue(e: Expression): number | undefined {
  return e instanceof Constant && e.symbol === undefined ? e.value : undefined;
}

export function isZero(e: Expression): boolean {
  return constantValue(e) === 0;
}

export function add(a: Expression, b: Expression): Expression {
  const ca = constantValue(a);
  const cb = constantValue(b);
  if (ca !== undefined && cb !== undefined) return num(ca + cb);
  if (ca === 0) return b;
  if (cb === 0) return a;
  if (b instanceof Negation) return sub(a, b.operand);
  if (cb !== undefined && cb < 0) return sub(a, num(-cb));
  // sums read left to right: u + (v - w) prints as u + v - w
  if (b instanceof Subtraction) return sub(add(a, b.left), b.right);
  return new Addition(a, b);
}

export function sub(a: Expression, b: Expression): Expression {
  const ca = constantValue(a);
  const cb = constantValue(b);
  if (ca !== undefined && cb !== undefined) return num(ca - cb);
  if (cb === 0) return a;
  if (ca === 0) return neg(b);
  if (a === b) return zero();
  if (b instanceof Negation) return add(a, b.operand);
  if (cb !== undefined && cb < 0) return add(a, num(-cb));
  return new Subtraction(a, b);
}

export function mul(a: Expression, b: Expression): Expression {
  const ca = constantValue(a);
  const cb = constantValue(b);
  if (ca !== undefined && cb !== undefined) return num(ca * cb);
  if (ca === 0 || cb === 0) return zero();
  if (ca === 1) return b;
  if (cb === 1) return a;
  if (ca === -1) return neg(b);
  if (cb === -1) return neg(a);
  if (cb !== undefined) return mul(b, a);
  if (ca !== undefined && b instanceof Multiplication) {
    const inner = constantValue(b.left);
    if (inner !== undefined) return mul(num(ca * inner), b.right);
  }
  if (ca === undefined && b instanceof Multiplication) {
    const inner = constantValue(b.left);
    if (inner !== undefined) return mul(mul(b.left, a), b.right);
  }
  if (a instanceof Negation) return neg(mul(a.operand, b));
  if (b instanceof Negation) return neg(mul(a, b.operand));
  return new Multiplication(a, b);
}

export function div(a: Expression, b: Expression): Expression {
  const ca = constantValue(a);
  const cb = constantValue(b);
  if (ca !== undefined && cb !== undefined && cb !== 0) return num(ca / cb);
  if (ca === 0 && cb !== 0) return zero();
  if (cb === 1) return a;
  if (cb === -1) return neg(a);
  return new Division(a, b);
}

export function pow(a: Expression, b: Expression): Expression {
  const ca = constantValue(a);
  const cb = constantValue(b);
  if (ca !== undefined && cb !== undefined) return num(Math.pow(ca, cb));
  if (cb === 0) return one();
  if (cb === 1) return a;
  if (ca === 1) return one();
  return new Power(a, b);
}

export function neg(a: Expression): Expression {
  const ca = constantValue(a);
  if (ca !== undefined) return num(-ca);
  if (a instanceof Negation) return a.operand;
  if (a instanceof Multiplication) {
    const factor = constantValue(a.left);
    if (factor !== undefined) return mul(num(-factor), a.right);
  }
  return new Negation(a);
}
