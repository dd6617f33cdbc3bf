import fc from "fast-check";
import {
  BinaryOperator,
  Constant,
  UnaryFunction,
  constant,
  variable,
  type Env,
  type Expression,
} from "../../src/index.js";
import { binaryKinds, unaryKinds } from "./nodeKinds.js";

/**
 * The leaves random expressions grow from: a few numbers (0 included), pi, e, and x, y, z last (the
 * first operand of each step is drawn from the latest nodes, so the variables are drawn most).
 */
const leaves: readonly Expression[] = [
  ...[-2, -0.5, 0, 1, 1.5, 2, 3].map(constant),
  new Constant(Math.PI, "pi"),
  new Constant(Math.E, "e"),
  variable("x"),
  variable("y"),
  variable("z"),
];

/**
 * The one random-expression generator of the tests: random expressions over x, y, z with every node kind
 * (tests/support/nodeKinds.ts), built as graphs: each step applies a kind to earlier nodes, so subtrees
 * are shared (and structurally equal copies appear), as in real derivatives. `steps` bounds the size.
 */
export function randomExpression(steps = 25): fc.Arbitrary<Expression> {
  const kinds = unaryKinds.length + binaryKinds.length;
  return fc.array(fc.tuple(fc.nat(kinds - 1), fc.nat(), fc.nat()), { minLength: 1, maxLength: steps }).map((chosen) => {
    const nodes = [...leaves];
    for (const [kind, i, j] of chosen) {
      const a = nodes[nodes.length - 1 - (i % Math.min(nodes.length, 8))]!;
      const b = nodes[j % nodes.length]!;
      nodes.push(kind < unaryKinds.length ? unaryKinds[kind]![1](a) : binaryKinds[kind - unaryKinds.length]![1](a, b));
    }
    return nodes[nodes.length - 1]!;
  });
}

/**
 * A point with x, y, z in [-3, 3] on a grid of step 0.001 (0 included). Not arbitrary doubles: at
 * y = 5e-324, 1 / y overflows and y / y has partials +-Infinity that cancel to NaN, and near y = 1e-9
 * terms of size 1 / y^3 cancel with rounding errors far above any sensible tolerance. That is floating
 * point, not a rule, and no implementation of the rules could pass there.
 */
const coordinate = fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000);
export const randomPoint: fc.Arbitrary<{ x: number; y: number; z: number }> = fc.record({
  x: coordinate,
  y: coordinate,
  z: coordinate,
});

/**
 * True when every subexpression of `f` is finite at `env`. Where one is not (1 / 0 inside a finite
 * sigmoid, say), the function may still have a limit, but no floating point rule can follow it, and the
 * gradient depends on how each rule was written (0 * log(-Infinity) is NaN in one and 0 under the
 * zero-factor rule in another). The conventions that matter (x^2 at 0, sigmoid at 1000, relu at 0,
 * 0^y) have tests of their own.
 */
export function finiteEverywhere(f: Expression, env: Env): boolean {
  return everyNode(f, (node) => Number.isFinite(node.eval(env)));
}

/** Does `check` hold for every distinct node of `f`? (An explicit stack: deep trees are fine.) */
function everyNode(f: Expression, check: (node: Expression) => boolean): boolean {
  const stack: Expression[] = [f];
  const seen = new Set<Expression>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (!check(node)) return false;
    stack.push(...node.children);
  }
  return true;
}

/**
 * True when every local factor of the chain rule is finite at `env`: f'(u) for each function, both
 * partials for each operator (where that operand varies). Where one is infinite or NaN, forward and
 * reverse mode may legitimately differ: forward mode adds tangents first (sqrt(z - z): 1 - 1 = 0,
 * then 0 * Infinity is skipped), reverse mode multiplies first (Infinity * 1 - Infinity * 1 = NaN).
 */
export function finiteLocalPartials(f: Expression, env: Env): boolean {
  return everyNode(f, (node) => {
    if (node instanceof UnaryFunction) {
      if (node.operand.variables().length === 0) return true;
      const u = node.operand.eval(env);
      return Number.isFinite(node.outer(u, node.compute(u)));
    }
    if (node instanceof BinaryOperator) {
      const a = node.left.eval(env);
      const b = node.right.eval(env);
      const value = node.compute(a, b);
      if (node.left.variables().length > 0 && !Number.isFinite(node.partial(0, a, b, value))) return false;
      if (node.right.variables().length > 0 && !Number.isFinite(node.partial(1, a, b, value))) return false;
    }
    return true;
  });
}
