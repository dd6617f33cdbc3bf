import fc from "fast-check";
import { BinaryOperator, Constant, UnaryFunction, constant, variable, type Env, type Expression } from "../../src/index.js";
import { binaryKinds, unaryKinds } from "../support/nodeKinds.js";

/** Every node kind the engine has, as builders: leaves, then functions of one operand, then operators. */
const leaves: fc.Arbitrary<Expression> = fc.oneof(
  fc.constantFrom("x", "y", "z").map(variable),
  fc.constantFrom(-2, -0.5, 0, 1, 1.5, 3).map(constant),
  fc.constantFrom(new Constant(Math.PI, "pi"), new Constant(Math.E, "e")),
);

const unary = unaryKinds.map(([, build]) => build);
const binary = binaryKinds.map(([, build]) => build);

/** Random expression trees over x, y, z with every node kind, up to `maxDepth` levels. */
export function randomExpression(maxDepth = 5): fc.Arbitrary<Expression> {
  const { tree } = fc.letrec<{ tree: Expression }>((tie) => ({
    tree: fc.oneof(
      { maxDepth, depthIdentifier: "tree" },
      leaves,
      fc.tuple(fc.nat(unary.length - 1), tie("tree")).map(([k, u]) => unary[k]!(u)),
      fc.tuple(fc.nat(binary.length - 1), tie("tree"), tie("tree")).map(([k, a, b]) => binary[k]!(a, b)),
    ),
  }));
  return tree;
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
 * sigmoid, say), the function may still have a limit, but no floating point rule can follow it.
 */
export function finiteEverywhereInside(f: Expression, env: Env): boolean {
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
