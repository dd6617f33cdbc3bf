import type { Env, Expression } from "../expression/Expression.js";
import { Variable } from "../expression/Variable.js";
import { UnsupportedNodeError } from "../errors/UnsupportedNodeError.js";
import { sortedRecord } from "../internals/sortedRecord.js";
import { tapeOf, type Tape } from "./tape.js";
import { forwardValues, leafTangent } from "./values.js";
import { Numbers, backwardSweep, forwardSweep } from "./sweeps.js";

/** The course's `diff`: forward mode on numbers, each leaf giving its own derivative. */
export function diff(root: Expression, env: Env, wrt: string): number {
  const tape = tapeOf(root);
  const values = forwardValues(tape, env);
  const leaf = (i: number): number => {
    const node = tape.nodes[i]!;
    // a variable's own rule (dx/dx = 1, dy/dx = 0), without looking its value up again
    return node instanceof Variable ? (node.name === wrt ? 1 : 0) : leafTangent(node, env, wrt);
  };
  const d = forwardSweep(tape, new Numbers(tape, values, leaf));
  return d[d.length - 1]!;
}

/** Every node's adjoint d(root)/d(node) at `env`, by the backward sweep on numbers. */
export function adjointsAt(tape: Tape, values: Float64Array): Float64Array {
  const rule = new Numbers(tape, values);
  backwardSweep(tape, rule);
  return rule.adjoints;
}

/** Every partial derivative of `root` at `env` from one backward sweep: a small constant times one eval. */
export function gradient(root: Expression, env: Env): Record<string, number> {
  const tape = tapeOf(root);
  const adjoints = adjointsAt(tape, forwardValues(tape, env));
  // a Map, not an object: a variable may be called "constructor" or "__proto__"
  const sums = new Map<string, number>();
  for (let i = 0; i < adjoints.length; i++) {
    if (tape.arity[i] !== 0 || tape.varies[i] === 0) continue;
    const node = tape.nodes[i]!;
    if (!(node instanceof Variable)) throw opaque(node);
    sums.set(node.name, (sums.get(node.name) ?? 0) + adjoints[i]!);
  }
  return sortedRecord(sums);
}

function opaque(node: Expression): UnsupportedNodeError {
  const name = node.constructor.name;
  return new UnsupportedNodeError(
    name,
    `gradient() cannot see inside ${name}: it declares no children (use diff() per variable, ` +
      "or extend UnaryFunction or BinaryOperator)",
  );
}

/** The sorted names of the variables in `root`. */
export function variablesOf(root: Expression): string[] {
  const names = new Set<string>();
  for (const node of tapeOf(root).nodes) if (node instanceof Variable) names.add(node.name);
  return [...names].sort();
}
