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
  if (own.length === 0) return NONE;
  const defaults = defaultAttributes(node);
  if (defaults === undefined || own.every((value, k) => Object.is(value, defaults[k]))) return NONE;
  return own.filter((value): value is number => typeof value === "number");
}

const NONE: readonly number[] = [];
/** Each function class's default attributes, found once (printing asks for every node it prints). */
const defaults = new WeakMap<object, readonly (string | number)[]>();

/** What the class's constructor gives when only the operand is passed; undefined for a node without one. */
function defaultAttributes(node: Expression): readonly (string | number)[] | undefined {
  const known = defaults.get(node.constructor);
  if (known !== undefined) return known;
  const operand = node.children[0];
  if (operand === undefined || node.children.length !== 1) return undefined;
  const fresh = new (node.constructor as new (operand: Expression) => Expression)(operand).attributes;
  defaults.set(node.constructor, fresh);
  return fresh;
}
