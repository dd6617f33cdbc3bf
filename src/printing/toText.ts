import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { tapeOf } from "../autodiff/tape.js";
import { callArguments, functionName } from "../internals/nodeFacts.js";
import { OPERATORS, Precedence, needsParentheses, precedenceOf } from "./precedence.js";

/**
 * One node as text, given its operands' text: `a + b`, `-u`, `sin(u)`, `leakyRelu(u, 0.3)`, `x`, `2`.
 * The parentheses an operand needs are the caller's (see toText); explain() prints with node labels.
 */
export function nodeText(node: Expression, operands: readonly string[]): string {
  const operator = OPERATORS.get(node.constructor);
  if (operator !== undefined) {
    return operands.length === 1 ? `-${operands[0]}` : `${operands[0]} ${operator.symbol} ${operands[1]}`;
  }
  if (node instanceof Constant) return node.symbol ?? numberText(node.value);
  if (node instanceof Variable) return node.name;
  // a function's own name (sin, log, ...); a node of someone else's by its class
  const name = functionName(node);
  // a parameter other than its default is an argument of the call: leakyRelu(x, 0.3), nthRoot(x, 3)
  const parameters = callArguments(node).map((value) => `, ${numberText(value)}`);
  return `${name}(${operands.join(", ")}${parameters.join("")})`;
}

/**
 * Plain text with the fewest parentheses that keep the tree's shape, in the parser's syntax, so
 * `parse(toText(e))` equals `e`. Built in evaluation order (operands first), without recursion.
 * @example toText(parse("(x + 1) * 2")) // "(x + 1) * 2"
 */
export function toText(root: Expression): string {
  const { nodes, arity, first, second } = tapeOf(root);
  const text: string[] = new Array<string>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const a = first[i]!;
    if (node instanceof BinaryOperator) {
      const left = wrap(text[a]!, needsParentheses(node, node.left, 0));
      text[i] = nodeText(node, [left, wrap(text[second[i]!]!, needsParentheses(node, node.right, 1))]);
    } else if (node instanceof UnaryFunction && OPERATORS.has(node.constructor)) {
      // -(3), not -3: the parser reads "-3" as the constant -3, a different tree
      const literal = node.operand instanceof Constant && node.operand.symbol === undefined;
      text[i] = nodeText(node, [wrap(text[a]!, literal || precedenceOf(node.operand) <= Precedence.Prefix)]);
    } else {
      text[i] = nodeText(node, arity[i] === 0 ? [] : [text[a]!]);
    }
  }
  return text[nodes.length - 1]!;
}

function wrap(text: string, parenthesize: boolean): string {
  return parenthesize ? `(${text})` : text;
}

/** Shortest text that reads back as the same float64; -0 keeps its sign. */
export function numberText(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}
