import type { Expression } from "../expression/Expression.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";
import { tapeOf } from "../autodiff/tape.js";
import { add, apply, div, mul, pow, sub } from "./build.js";
import { finishSums, noteNesting } from "./canonical.js";
import { idOf } from "./structuralId.js";

const rebuild = new Map<Function, (a: Expression, b: Expression) => Expression>([
  [Addition, add],
  [Subtraction, sub],
  [Multiplication, mul],
  [Division, div],
  [Power, pow],
]);

/**
 * Rebuilds `root` bottom-up through the simplifying constructors of build.ts, so the result is in
 * canonical form (see build.ts). One pass in evaluation order, so every node is seen after its operands
 * are simplified, and shared nodes stay shared.
 * @example simplify(parse("0 + 1 * x ^ 1")).toString() // "x"
 * @example simplify(parse("2 * (x - 1) + x * x")).toString() // "x ^ 2 + 2 * x - 2"
 */
export function simplify(root: Expression): Expression {
  const { nodes, first, second } = tapeOf(root);
  const simplified: Expression[] = new Array<Expression>(nodes.length);
  // Equal parts become one node, as SymPy's are (hash-consing): the tenth derivative of sigmoid(x) builds
  // 1 - sigmoid(x) hundreds of times, and differentiating each copy again would repeat the work.
  const representatives = new Map<number, Expression>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node instanceof UnaryFunction) {
      simplified[i] = unchanged(node, apply(node, simplified[first[i]!]!));
    } else if (node instanceof BinaryOperator) {
      const left = simplified[first[i]!]!;
      const right = simplified[second[i]!]!;
      const build = rebuild.get(node.constructor);
      if (build !== undefined) simplified[i] = unchanged(node, build(left, right));
      else if (left === node.left && right === node.right) simplified[i] = node;
      else simplified[i] = noteNesting(node.withOperands(left, right), left, right);
    } else {
      simplified[i] = node;
    }
    const id = idOf(simplified[i]!);
    const seen = representatives.get(id);
    if (seen === undefined) representatives.set(id, simplified[i]!);
    else simplified[i] = seen;
  }
  return finishSums(simplified[nodes.length - 1]!);
}

/**
 * The original node when no rule applied (same class, same operands), so an already simple tree comes
 * back as itself: it keeps its cached tape, and derivative() on it does not copy it first.
 */
function unchanged(node: Expression, built: Expression): Expression {
  if (built.constructor !== node.constructor) return built;
  const a = built.children;
  const b = node.children;
  return a.length === b.length && a.every((child, k) => child === b[k]) ? node : built;
}
