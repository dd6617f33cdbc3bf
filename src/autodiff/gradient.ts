import type { Env, Expression } from "../expression/Expression.js";
import { Variable } from "../expression/Variable.js";
import { cannotSeeInside } from "../errors/UnsupportedNodeError.js";
import { sortedRecord } from "../internals/sortedRecord.js";
import { tapeOf, type Tape } from "./tape.js";
import { forwardValues, leafTangent } from "./values.js";
import { backwardSweep, forwardSweep, times, type BackwardRule, type ForwardRule } from "./sweeps.js";

/** The chain rule's pieces on numbers: local partials from the forward values, adjoints in an array. */
export class Numbers implements ForwardRule<number>, BackwardRule<number> {
  readonly zero = 0;
  readonly times = times;
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
    if (!(node instanceof Variable)) throw cannotSeeInside(node);
    sums.set(node.name, (sums.get(node.name) ?? 0) + adjoints[i]!);
  }
  return sortedRecord(sums);
}
