import type { Tape } from "./tape.js";

/**
 * The chain rule, written once for each direction. A sweep walks the tape and asks its caller for the
 * local pieces (a node's partial toward operand k, how to multiply and add), so the same loops serve
 * numbers (diff, gradient, explain), Expressions (derivative) and generated code (compile).
 */
export interface ChainRule<T> {
  readonly zero: T;
  isZero(t: T): boolean;
  /** d(node i)/d(operand k), its local partial. */
  partial(i: number, k: 0 | 1): T;
  times(a: T, b: T): T;
  plus(a: T, b: T): T;
}

/** Forward mode also needs each leaf's derivative. */
export interface ForwardRule<T> extends ChainRule<T> {
  leaf(i: number): T;
  /** Optionally, a binary node's whole derivative from da and db (a form the sum of two terms cannot give). */
  whole?(i: number, da: T, db: T): T | undefined;
}

/** Reverse mode also needs where adjoints live: `adjoint(i)` reads node i's, `pass` adds a term to one. */
export interface BackwardRule<T> extends ChainRule<T> {
  adjoint(i: number): T;
  pass(c: number, term: T, from: number, partial: T): void;
}

/** p * t, where a zero factor wins over an infinite one (a path through a zero partial carries nothing). */
export function times(p: number, t: number): number {
  return p === 0 || t === 0 ? 0 : p * t;
}

/** The chain rule on numbers: local partials from the values of a forward sweep, adjoints in an array. */
export class Numbers implements ForwardRule<number>, BackwardRule<number> {
  readonly zero = 0;
  readonly adjoints: Float64Array;

  constructor(
    readonly tape: Tape,
    readonly values: Float64Array,
    readonly leaf: (i: number) => number = () => 0,
  ) {
    this.adjoints = new Float64Array(values.length);
    this.adjoints[values.length - 1] = 1;
  }
  isZero(t: number): boolean {
    return t === 0;
  }
  partial(i: number, k: 0 | 1): number {
    const tape = this.tape;
    const values = this.values;
    const a = values[tape.first[i]!]!;
    if (tape.arity[i] === 1) return tape.unary[i]!.outer(a, values[i]!);
    return tape.binary[i]!.partial(k, a, values[tape.second[i]!]!, values[i]!);
  }
  times(a: number, b: number): number {
    return times(a, b);
  }
  plus(a: number, b: number): number {
    return a + b;
  }
  adjoint(i: number): number {
    return this.adjoints[i]!;
  }
  pass(c: number, term: number, _from: number, _partial: number): void {
    this.adjoints[c]! += term;
  }
}

/** One operand's term of the chain rule, d(node)/dc * dc, left out (zero) when dc = 0. */
function term<T>(rule: ForwardRule<T>, i: number, k: 0 | 1, dc: T): T {
  return rule.isZero(dc)
    ? rule.zero
    : k === 0
      ? rule.times(dc, rule.partial(i, 0))
      : rule.times(rule.partial(i, 1), dc);
}

/**
 * Forward mode: d(node) for every node, operands first. Chain rule: d(node) = sum over operands c of
 * d(node)/dc * dc. A term with dc = 0 is left out, so a rule never multiplies 0 by an unused infinite or
 * NaN partial (x^2 at x = -3 never looks at log(-3), the partial for its constant exponent).
 */
export function forwardSweep<T>(tape: Tape, rule: ForwardRule<T>): T[] {
  const { arity, first, second } = tape;
  const d = new Array<T>(arity.length);
  for (let i = 0; i < arity.length; i++) {
    if (arity[i] === 0) {
      d[i] = rule.leaf(i);
      continue;
    }
    // written as the textbook does: (uv)' = u'v + uv'
    const da = d[first[i]!]!;
    if (arity[i] === 1) {
      d[i] = term(rule, i, 0, da);
      continue;
    }
    const db = d[second[i]!]!;
    d[i] = rule.whole?.(i, da, db) ?? rule.plus(term(rule, i, 0, da), term(rule, i, 1, db));
  }
  return d;
}

/**
 * Reverse mode, as in micrograd: with d(root)/d(root) = 1 seeded, walk the tape backwards, passing each
 * node's adjoint to its operands times the local partial. Only operands that vary receive anything.
 */
export function backwardSweep<T>(
  tape: Pick<Tape, "arity" | "first" | "second" | "varies">,
  rule: BackwardRule<T>,
  /** Which nodes this walk passes on from (all by default); compileSum walks twice. */
  visit?: (i: number) => boolean,
): void {
  const { arity, first, second, varies } = tape;
  for (let i = arity.length - 1; i >= 0; i--) {
    if (arity[i] === 0 || (visit !== undefined && !visit(i))) continue;
    const a = first[i]!;
    const b = second[i]!;
    const toA = varies[a] === 1;
    const toB = b >= 0 && varies[b] === 1;
    if (!toA && !toB) continue;
    const g = rule.adjoint(i);
    if (rule.isZero(g)) continue;
    // += not =: a node used twice (x * x) collects adjoint from both uses
    if (toA) {
      const p = rule.partial(i, 0);
      rule.pass(a, rule.times(p, g), i, p);
    }
    if (toB) {
      const p = rule.partial(i, 1);
      rule.pass(b, rule.times(p, g), i, p);
    }
  }
}
