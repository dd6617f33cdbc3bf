import type { Env, Expression } from "../expression/Expression.js";
import { tapeOf } from "./tape.js";

/**
 * Forward mode, the course's `diff`: alongside each node's value v, carry its tangent dv/d(wrt).
 *
 * Chain rule, written once for every node: d(node) = sum over operands c of d(node)/dc * dc.
 * A term whose factor is exactly 0 is left out, so a rule never multiplies 0 by an unused infinite
 * or NaN partial (x^2 at x = -3 never looks at log(-3), the partial for its constant exponent).
 */
export function forwardDiff(root: Expression, env: Env, wrt: string): number {
  const { arity, first, second, leaves, unary, binary } = tapeOf(root);
  const n = arity.length;
  const values = new Float64Array(n);
  const tangents = new Float64Array(n);
  const partials = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    switch (arity[i]) {
      case 0:
        values[i] = leaves[i]!.leafValue(env);
        tangents[i] = leaves[i]!.leafTangent(env, wrt);
        break;
      case 1: {
        const u = values[first[i]!]!;
        const du = tangents[first[i]!]!;
        const rules = unary[i]!;
        const value = rules.compute(u);
        values[i] = value;
        tangents[i] = du === 0 ? 0 : times(rules.outer(u, value), du);
        break;
      }
      default: {
        const a = values[first[i]!]!;
        const b = values[second[i]!]!;
        const da = tangents[first[i]!]!;
        const db = tangents[second[i]!]!;
        const rules = binary[i]!;
        const value = rules.compute(a, b);
        values[i] = value;
        if (da === 0 && db === 0) {
          tangents[i] = 0;
        } else {
          rules.partials(a, b, value, partials);
          tangents[i] = times(partials[0]!, da) + times(partials[1]!, db);
        }
      }
    }
  }
  return tangents[n - 1]!;
}

/** p * t, where a zero factor wins over an infinite one (a path through a zero partial carries nothing). */
export function times(p: number, t: number): number {
  return p === 0 || t === 0 ? 0 : p * t;
}
