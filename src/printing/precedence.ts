import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";
import { Negation } from "../expression/operators/Negation.js";

/**
 * How tightly a node binds, as the parser reads formulas: a parent puts parentheses around an operand
 * that binds less tightly than it needs. Shared by the text and LaTeX printers.
 */
export enum Precedence {
  Sum = 1, // + -
  Product = 2, // * /
  Prefix = 3, // unary minus, and negative numbers
  Power = 4, // ^, right-associative
  Atom = 5, // numbers, names, function calls
}

interface OperatorRow {
  readonly symbol: string;
  readonly precedence: Precedence;
}

/** The operators, by node kind: the symbol a formula writes and how tightly it binds. */
export const OPERATORS: ReadonlyMap<Function, OperatorRow> = new Map<Function, OperatorRow>([
  [Addition, { symbol: "+", precedence: Precedence.Sum }],
  [Subtraction, { symbol: "-", precedence: Precedence.Sum }],
  [Multiplication, { symbol: "*", precedence: Precedence.Product }],
  [Division, { symbol: "/", precedence: Precedence.Product }],
  [Power, { symbol: "^", precedence: Precedence.Power }],
  [Negation, { symbol: "-", precedence: Precedence.Prefix }],
]);

export function precedenceOf(node: Expression): Precedence {
  const operator = OPERATORS.get(node.constructor);
  if (operator !== undefined) return operator.precedence;
  if (node instanceof Constant && node.symbol === undefined && (node.value < 0 || Object.is(node.value, -0))) {
    return Precedence.Prefix;
  }
  return Precedence.Atom;
}

/** Does `child`, as operand `side` of a binary `parent`, need parentheses to keep the tree's shape? */
export function needsParentheses(parent: Expression, child: Expression, side: 0 | 1): boolean {
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
