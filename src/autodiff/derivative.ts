import type { Build, Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { Power } from "../expression/operators/Power.js";
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
  const partial = (i: number, k: 0 | 1): Expression => {
    if (arity[i] === 1) return unary[i]!.outerDerivative(canonical);
    const node = binary[i]!;
    // 0^v is 0 wherever it is defined (v > 0): no slope in v (as forward mode), not 0^v ln(0) = NaN
    if (node instanceof Power && k === 1 && build.isZero(node.left)) return build.zero();
    // a partial may be an operand as it stands (d(u v)/dv = u); the link c * A of a canonical product's chain
    // (c * A) * B is not canonical on its own (simplify() would distribute it), so it is made so
    return build.standaloneLink(node.partialDerivative(k, canonical));
  };
  // u^v with both varying, as SymPy writes it: u^v (v' ln(u) + v u' / u), so log(u^v)' cancels u^v
  const whole = (i: number, da: Expression, db: Expression): Expression | undefined => {
    const node = binary[i];
    if (!(node instanceof Power) || build.isZero(da) || build.isZero(db)) return undefined;
    const { left: u, right: v } = node;
    return build.mul(node, build.add(build.mul(db, build.log(u)), build.mul(da, build.div(v, u))));
  };
  const d = forwardSweep(tape, {
    leaf,
    zero: build.zero(),
    isZero: build.isZero,
    partial,
    whole,
    times: build.mul,
    plus: build.add,
  });
  // long sums grow by appending while the derivative is built; put them in order once (linear)
  return build.finish(d[d.length - 1]!);
}
