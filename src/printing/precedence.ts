import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { Negation } from "../expression/operators/Negation.js";

/**
 * How tightly a node binds, as the parser reads formulas: a parent puts parentheses around an operand
 * that binds less tightly than it needs. Shared by the text and LaTeX printers.
 */
export const enum Precedence {
  Sum = 1, // + -
  Product = 2, // * /
  Prefix = 3, // unary minus, and negative numbers
  Power = 4, // ^, right-associative
  Atom = 5, // numbers, names, function calls
}

export function precedenceOf(node: Expression): Precedence {
  if (node instanceof BinaryOperator) {
    switch (node.symbol) {
      case "+":
      case "-":
        return Precedence.Sum;
      case "^":
        return Precedence.Power;
      default:
        return Precedence.Product;
    }
  }
  if (node instanceof Negation) return Precedence.Prefix;
  if (node instanceof Constant && node.symbol === undefined && (node.value < 0 || Object.is(node.value, -0))) {
    return Precedence.Prefix;
  }
  return Precedence.Atom;
}

/** Does `child`, as operand `side` of a binary `parent`, need parentheses to keep the tree's shape? */
export function needsParentheses(parent: BinaryOperator, child: Expression, side: 0 | 1): boolean {
  const outer = precedenceOf(parent);
  const inner = precedenceOf(child);
  if (outer === Precedence.Power) {
    // (a ^ b) ^ c and (-a) ^ b need them on the left; on the right, a ^ (b ^ c) reads without,
    // but a ^ (-b) keeps them for the reader.
    return side === 0 ? inner <= Precedence.Power : inner < Precedence.Power;
  }
  // a * -b and -a * b read unambiguously: the parser binds unary minus tighter than * and +
  if (inner === Precedence.Prefix) return false;
  // a - (b + c) and a / (b * c): the right operand of a left-associative operator needs them at equal precedence
  return side === 0 ? inner < outer : inner <= outer;
}
