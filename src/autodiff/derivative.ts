import type { Build, Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import * as build from "../simplify/build.js";
import { simplify } from "../simplify/simplify.js";
import { UnsupportedNodeError } from "../errors/UnsupportedNodeError.js";
import { tapeOf } from "./tape.js";
import { forwardSweep } from "./sweeps.js";

// The simplifying constructors: each node's symbolic rule builds its partials with them.
const canonical: Build = build;

/**
 * Symbolic differentiation: the forward sweep on Expressions, each node's partials from its own class.
 * Terms with dc = 0 are skipped (so the exponent partial of x^2 is never built), and the simplifying
 * constructors keep the result small. Each node's derivative is built once and shared, so the result
 * is a graph of size linear in the input, never an unfolded tree.
 */
export function derivative(root: Expression, wrt: string): Expression {
  // Simplify the input first: its subtrees reappear inside the result (d sin(u) = cos(u) du), so an
  // unsimplified u would print as-is, e.g. step(x * 1) instead of step(x).
  const tape = tapeOf(simplify(root));
  const { nodes, arity, unary, binary } = tape;
  const leaf = (i: number): Expression => {
    const node = nodes[i]!;
    if (node instanceof Variable) return node.name === wrt ? build.one() : build.zero();
    if (node instanceof Constant) return build.zero();
    const name = node.constructor.name;
    throw new UnsupportedNodeError(
      name,
      `derivative() cannot see inside ${name}: it declares no children (extend UnaryFunction or BinaryOperator)`,
    );
  };
  const d = forwardSweep(tape, {
    leaf,
    zero: build.zero(),
    isZero: build.isZero,
    partial: (i, k) =>
      arity[i] === 1 ? unary[i]!.outerDerivative(canonical) : binary[i]!.partialDerivative(k, canonical),
    times: build.mul,
    plus: build.add,
  });
  // long sums grow by appending while the derivative is built; put them in order once (linear)
  return build.finish(d[d.length - 1]!);
}
