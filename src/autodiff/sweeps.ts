import type { Tape } from "./tape.js";

/**
 * The chain rule, written once for each direction. A sweep walks the tape and asks its caller for the
 * local pieces (a node's partial toward operand k, how to multiply), so the same loops serve numbers
 * (diff, gradient, explain), Expressions (derivative) and generated code (compile).
 */
export interface ChainRule<T> {
  isZero(t: T): boolean;
  /** d(node i)/d(operand k), its local partial. */
  partial(i: number, k: 0 | 1): T;
  times(a: T, b: T): T;
}

/** Forward mode also adds terms, and needs each leaf's derivative. */
export interface ForwardRule<T> extends ChainRule<T> {
  readonly zero: T;
  plus(a: T, b: T): T;
  leaf(i: number): T;
  /** Optionally, a binary node's whole derivative from da and db (a form the sum of two terms cannot give). */
  whole?(i: number, da: T, db: T): T | undefined;
}

/** Reverse mode also needs where adjoints live: `adjoint(i)` reads node i's, `pass` adds a term to one. */
export interface BackwardRule<T> extends ChainRule<T> {
  adjoint(i: number): T;
  pass(c: number, term: T): void;
}

/** p * t, where a zero factor wins over an infinite one (a path through a zero partial carries nothing). */
export function times(p: number, t: number): number {
  return p === 0 || t === 0 ? 0 : p * t;
}

/** One operand's term of the chain rule, d(node)/dc * dc, left out (zero) when dc = 0. */
function term<T>(rule: ForwardRule<T>, i: number, k: 0 | 1, dc: T): T {
  if (rule.isZero(dc)) return rule.zero;
  // written as the textbook does: (uv)' = u'v + uv'
  return k === 0 ? rule.times(dc, rule.partial(i, 0)) : rule.times(rule.partial(i, 1), dc);
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
    if (arity[i] === 0) d[i] = rule.leaf(i);
    else if (arity[i] === 1) d[i] = term(rule, i, 0, d[first[i]!]!);
    else {
      const da = d[first[i]!]!;
      const db = d[second[i]!]!;
      d[i] = rule.whole?.(i, da, db) ?? rule.plus(term(rule, i, 0, da), term(rule, i, 1, db));
    }
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
    if (arity[i] === 0 || varies[i] === 0 || (visit !== undefined && !visit(i))) continue;
    const g = rule.adjoint(i);
    if (rule.isZero(g)) continue;
    // += not =: a node used twice (x * x) collects adjoint from both uses
    const a = first[i]!;
    const b = second[i]!;
    if (varies[a] === 1) rule.pass(a, rule.times(rule.partial(i, 0), g));
    if (b >= 0 && varies[b] === 1) rule.pass(b, rule.times(rule.partial(i, 1), g));
  }
}
