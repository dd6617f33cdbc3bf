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
