import { variableNameOf, operatorSymbol, functionName } from "../internals/nodeFacts.js";
import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { idOf, sizeOf } from "./structuralId.js";

/**
 * One total order on expressions, from their structure only (never from when they were built), so equal
 * expressions always sort, and print, the same. Numbers first, then named constants, variables by name,
 * powers, functions by name, products, sums; ties go to the smaller tree, then to the first operand that
 * differs. Walks down one path only, so comparing is O(1) for trees of different sizes.
 */
export function compareExpressions(first: Expression, second: Expression): number {
  let a = first;
  let b = second;
  for (;;) {
    if (a === b) return 0;
    const ia = idOf(a);
    const ib = idOf(b);
    if (ia === ib) return 0;
    const rank = rankOf(a) - rankOf(b);
    if (rank !== 0) return rank;
    const name = compareText(nameOf(a), nameOf(b));
    if (name !== 0) return name;
    if (a instanceof Constant && b instanceof Constant)
      return compareNumbers(a.value, b.value) || compareText(a.symbol ?? "", b.symbol ?? "");
    const size = sizeOf(a) - sizeOf(b);
    if (size !== 0) return size;
    const attributes = compareAttributes(a.attributes, b.attributes);
    if (attributes !== 0) return attributes;
    const ca = a.children;
    const cb = b.children;
    if (ca.length !== cb.length) return ca.length - cb.length;
    let k = 0;
    while (k < ca.length && idOf(ca[k]!) === idOf(cb[k]!)) k++;
    // same kind and attributes, every operand alike: structurally equal after all (ids were reset)
    if (k === ca.length) return ia - ib;
    a = ca[k]!;
    b = cb[k]!;
  }
}

function rankOf(node: Expression): number {
  if (node instanceof Constant) return node.symbol === undefined ? 0 : 1;
  if (variableNameOf(node) !== undefined) return 2;
  if (node instanceof BinaryOperator) {
    if (operatorSymbol(node) === "^") return 3;
    if (operatorSymbol(node) === "*" || operatorSymbol(node) === "/") return 5;
    return 6;
  }
  if (node instanceof UnaryFunction) return 4;
  return 7;
}

function nameOf(node: Expression): string {
  const name = variableNameOf(node);
  if (name !== undefined) return name;
  if (node instanceof UnaryFunction) return functionName(node);
  if (node instanceof BinaryOperator) return operatorSymbol(node) ?? node.constructor.name;
  return node.constructor.name;
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
