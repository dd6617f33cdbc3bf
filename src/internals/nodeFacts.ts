import type { Expression } from "../expression/Expression.js";
import { Variable } from "../expression/Variable.js";
import { OPERATORS } from "../printing/precedence.js";

/** A variable's name; undefined for every other node. */
export function variableNameOf(node: Expression): string | undefined {
  return node instanceof Variable ? node.name : undefined;
}

/** The symbol a formula writes for an operator node (`+`, `*`, `^`, ...); undefined for other nodes. */
export function operatorSymbol(node: Expression): string | undefined {
  return OPERATORS.get(node.constructor)?.symbol;
}

/** The name a formula calls a function node by (`sin`, `log`, ...), or its class name for a node of someone else's. */
export function functionName(node: Expression): string {
  return "name" in node && typeof node.name === "string" ? node.name : node.constructor.name;
}

/**
 * The numbers a function call writes after its operand: a parameter other than its default, as in
 * `leakyRelu(x, 0.3)`, `elu(x, 0.5)`, `nthRoot(x, 3)`; none for `leakyRelu(x)` with the default slope.
 */
export function callArguments(node: Expression): readonly number[] {
  const own = node.attributes;
  if (own.length === 0 || node.children.length !== 1) return [];
  // the defaults are what the class's constructor gives when only the operand is passed
  const Kind = node.constructor as new (operand: Expression) => Expression;
  const defaults = new Kind(node.children[0]!).attributes;
  if (own.every((value, k) => Object.is(value, defaults[k]))) return [];
  return own.filter((value): value is number => typeof value === "number");
}
