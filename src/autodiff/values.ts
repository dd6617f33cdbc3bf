import { Expression, type Env } from "../expression/Expression.js";
import { mustOverride } from "../errors/UnsupportedNodeError.js";
import { tapeOf, type Tape } from "./tape.js";

/** The forward sweep on numbers: the value of every node in tape order (the root's is last). */
export function forwardValues(tape: Tape, env: Env): Float64Array {
  const { nodes, arity, first, second, unary, binary } = tape;
  const values = new Float64Array(arity.length);
  for (let i = 0; i < arity.length; i++) {
    if (arity[i] === 1) values[i] = unary[i]!.compute(values[first[i]!]!);
    else if (arity[i] === 2) values[i] = binary[i]!.compute(values[first[i]!]!, values[second[i]!]!);
    else values[i] = leafValue(nodes[i]!, env);
  }
  return values;
}

/** The course's `eval`: one loop over the nodes in evaluation order. */
export function evaluate(root: Expression, env: Env): number {
  const values = forwardValues(tapeOf(root), env);
  return values[values.length - 1]!;
}

/** A leaf gives its own value: a Constant, a Variable, or a course-style node that overrides eval. */
function leafValue(node: Expression, env: Env): number {
  if (node.eval === Expression.prototype.eval) throw mustOverride(node, "eval(env)");
  return node.eval(env);
}

/** A leaf gives its own derivative: 0 for a Constant, 1 or 0 for a Variable, or a course-style node's diff. */
export function leafTangent(node: Expression, env: Env, wrt: string): number {
  if (node.diff === Expression.prototype.diff) throw mustOverride(node, "diff(env, wrt)");
  return node.diff(env, wrt);
}
