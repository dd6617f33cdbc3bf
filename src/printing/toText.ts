import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { Negation } from "../expression/operators/Negation.js";
import { LeakyRelu, DEFAULT_LEAKY_SLOPE } from "../expression/functions/LeakyRelu.js";
import { tapeOf } from "../autodiff/tape.js";
import { Precedence, needsParentheses, precedenceOf } from "./precedence.js";

/**
 * Plain text with the fewest parentheses that keep the tree's shape, in the parser's syntax, so
 * `parse(toText(e))` equals `e`. Built in evaluation order (operands first), without recursion.
 * @example toText(parse("(x + 1) * 2")) // "(x + 1) * 2"
 */
export function toText(root: Expression): string {
  const { nodes, first, second } = tapeOf(root);
  const text: string[] = new Array<string>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node instanceof BinaryOperator) {
      const left = wrap(text[first[i]!]!, needsParentheses(node, node.left, 0));
      const right = wrap(text[second[i]!]!, needsParentheses(node, node.right, 1));
      text[i] = `${left} ${node.symbol} ${right}`;
    } else if (node instanceof Negation) {
      // -(3), not -3: the parser reads "-3" as the constant -3, a different tree
      const literal = node.operand instanceof Constant && node.operand.symbol === undefined;
      text[i] = `-${wrap(text[first[i]!]!, literal || precedenceOf(node.operand) <= Precedence.Prefix)}`;
    } else if (node instanceof LeakyRelu && node.slope !== DEFAULT_LEAKY_SLOPE) {
      text[i] = `${node.name}(${text[first[i]!]!}, ${numberText(node.slope)})`;
    } else if (node instanceof UnaryFunction) {
      text[i] = `${node.name}(${text[first[i]!]!})`;
    } else if (node instanceof Constant) {
      text[i] = node.symbol ?? numberText(node.value);
    } else if (node.variableName !== undefined) {
      text[i] = node.variableName;
    } else {
      text[i] = `${node.constructor.name}()`;
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
