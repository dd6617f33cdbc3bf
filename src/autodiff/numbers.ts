import { Expression, type Env } from "../expression/Expression.js";
import { Variable } from "../expression/Variable.js";
import { cannotSeeInside, mustOverride } from "../errors/UnsupportedNodeError.js";
import { sortedRecord } from "../internals/sortedRecord.js";
import { tapeOf, type Tape } from "./tape.js";
import { backwardSweep, forwardSweep, times, type BackwardRule, type ForwardRule } from "./sweeps.js";

// The sweeps on numbers: eval's values, diff's tangents (forward) and gradient's adjoints (backward).

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
function leafTangent(node: Expression, env: Env, wrt: string): number {
  if (node.diff === Expression.prototype.diff) throw mustOverride(node, "diff(env, wrt)");
  return node.diff(env, wrt);
}

/** The chain rule's pieces on numbers: local partials from the forward values, adjoints in an array. */
export class Numbers implements ForwardRule<number>, BackwardRule<number> {
  readonly zero = 0;
  readonly adjoints: Float64Array;

  constructor(
    readonly tape: Tape,
    readonly values: Float64Array,
    readonly leaf: (i: number) => number = () => 0,
  ) {
    this.adjoints = new Float64Array(values.length);
    this.adjoints[values.length - 1] = 1; // seed: d(root)/d(root) = 1
  }
  isZero(t: number): boolean {
    return t === 0;
  }
  partial(i: number, k: 0 | 1): number {
    const { arity, first, second, unary, binary } = this.tape;
    const values = this.values;
    if (arity[i] === 1) return unary[i]!.outer(values[first[i]!]!, values[i]!);
    return binary[i]!.partial(k, values[first[i]!]!, values[second[i]!]!, values[i]!);
  }
  times(p: number, t: number): number {
    return times(p, t);
  }
  plus(a: number, b: number): number {
    return a + b;
  }
  adjoint(i: number): number {
    return this.adjoints[i]!;
  }
  pass(c: number, term: number): void {
    this.adjoints[c]! += term;
  }
}

/** The course's `diff`: forward mode on numbers, each leaf giving its own derivative. */
export function diff(root: Expression, env: Env, wrt: string): number {
  const tape = tapeOf(root);
  const d = forwardSweep(
    tape,
    new Numbers(tape, forwardValues(tape, env), (i) => leafTangent(tape.nodes[i]!, env, wrt)),
  );
  return d[d.length - 1]!;
}

/** Every partial derivative of `root` at `env` from one backward sweep: a small constant times one eval. */
export function gradient(root: Expression, env: Env): Record<string, number> {
  const tape = tapeOf(root);
  const rule = new Numbers(tape, forwardValues(tape, env));
  backwardSweep(tape, rule);
  const adjoints = rule.adjoints;
  // a Map, not an object: a variable may be called "constructor" or "__proto__"
  const sums = new Map<string, number>();
  for (let i = 0; i < adjoints.length; i++) {
    if (tape.arity[i] !== 0 || tape.varies[i] === 0) continue;
    const node = tape.nodes[i]!;
    if (!(node instanceof Variable)) throw cannotSeeInside(node);
    sums.set(node.name, (sums.get(node.name) ?? 0) + adjoints[i]!);
  }
  return sortedRecord(sums);
}
