import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { current, hasPlainAttributes, idOf, isCurrent } from "./structuralId.js";
import type { Facts } from "./facts.js";

/**
 * One total order on expressions, from their structure only (never from when they were built), so equal
 * expressions always sort, and print, the same. Numbers first, then named constants, variables by name,
 * powers, functions by name, products, sums; ties go to the smaller tree, then to the first operand that
 * differs. Walks down one path only, so comparing is O(1) for trees of different sizes.
 */
export function compareExpressions(first: Expression, second: Expression): number {
  let a = first;
  let b = second;
  // each step reads the facts of the operands it moves to; they are handed on, not looked up again
  let nextA: Facts | undefined;
  let nextB: Facts | undefined;
  for (;;) {
    if (a === b) return 0;
    const fa = nextA !== undefined && isCurrent(nextA) ? nextA : current(a);
    const fb = nextB !== undefined && isCurrent(nextB) ? nextB : current(b);
    nextA = nextB = undefined;
    if (fa.id === fb.id) return 0;
    const rank = fa.rank - fb.rank;
    if (rank !== 0) return rank;
    const name = compareText(fa.label, fb.label);
    if (name !== 0) return name;
    if (a instanceof Constant && b instanceof Constant)
      return compareNumbers(a.value, b.value) || compareText(a.symbol ?? "", b.symbol ?? "");
    const size = fa.size - fb.size;
    if (size !== 0) return size;
    // the first operand that differs decides, read directly (`children` makes an array per call): an operator's
    // left or right, or the operand of one function of two (the usual case)
    let x: Expression | undefined;
    let y: Expression | undefined;
    let fx: Facts | undefined;
    let fy: Facts | undefined;
    if (a instanceof BinaryOperator && b instanceof BinaryOperator) {
      x = a.left;
      y = b.left;
      fx = current(x);
      fy = current(y);
      if (fx.id === fy.id) {
        x = a.right;
        y = b.right;
        fx = current(x);
        fy = current(y);
      }
    } else if (
      a instanceof UnaryFunction &&
      b instanceof UnaryFunction &&
      hasPlainAttributes(a) &&
      hasPlainAttributes(b)
    ) {
      x = a.operand;
      y = b.operand;
      fx = current(x);
      fy = current(y);
    }
    if (x !== undefined && y !== undefined && fx !== undefined && fy !== undefined) {
      if (fx.id !== fy.id) {
        a = x;
        b = y;
        nextA = fx;
        nextB = fy;
        continue;
      }
      // one function, equal operands, no attributes: nothing else tells them apart
      if (a instanceof UnaryFunction) return fa.id - fb.id;
    }
    const attributes = compareAttributes(a.attributes, b.attributes);
    if (attributes !== 0) return attributes;
    const ca = a.children;
    const cb = b.children;
    if (ca.length !== cb.length) return ca.length - cb.length;
    let k = 0;
    while (k < ca.length && idOf(ca[k]!) === idOf(cb[k]!)) k++;
    // same kind and attributes, every operand alike: structurally equal after all (ids were reset)
    if (k === ca.length) return fa.id - fb.id;
    a = ca[k]!;
    b = cb[k]!;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareAttributes(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return compareNumbers(x, y);
    return compareText(String(x), String(y));
  }
  return 0;
}

/** Numeric order; NaN and -0 get a fixed place too, so sorting stays consistent. */
function compareNumbers(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  return compareText(Object.is(x, -0) ? "-0" : String(x), Object.is(y, -0) ? "-0" : String(y));
}
