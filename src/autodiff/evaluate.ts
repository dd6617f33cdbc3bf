import type { Env, Expression } from "../expression/Expression.js";
import { tapeOf, type Tape } from "./tape.js";

/** The value of every node of the tape at `env`, in tape order (the root's is last). */
export function forwardValues(tape: Tape, env: Env): Float64Array {
  const { arity, first, second, leaves, unary, binary } = tape;
  const n = arity.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    switch (arity[i]) {
      case 0:
        values[i] = leaves[i]!.leafValue(env);
        break;
      case 1:
        values[i] = unary[i]!.compute(values[first[i]!]!);
        break;
      default:
        values[i] = binary[i]!.compute(values[first[i]!]!, values[second[i]!]!);
    }
  }
  return values;
}

/** The course's `eval`: one loop over the nodes in evaluation order. */
export function evaluate(root: Expression, env: Env): number {
  const values = forwardValues(tapeOf(root), env);
  return values[values.length - 1]!;
}
