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

/** p * t, where a zero factor wins over an infinite one (a path through a zero partial carries nothing). */
export function times(p: number, t: number): number {
  return p === 0 || t === 0 ? 0 : p * t;
}

/** The chain rule on numbers, given each node's local partial. */
export function numbers(partial: (i: number, k: 0 | 1) => number): ChainRule<number> {
  return { zero: 0, isZero: (t) => t === 0, partial, times, plus: (a, b) => a + b };
}

/** Each node's local partial toward its operands, as numbers, from the values of a forward sweep. */
export function localPartials(tape: Tape, values: Float64Array): (i: number, k: 0 | 1) => number {
  const { arity, first, second, unary, binary } = tape;
  return (i, k) =>
    arity[i] === 1
      ? unary[i]!.outer(values[first[i]!]!, values[i]!)
      : binary[i]!.partial(k, values[first[i]!]!, values[second[i]!]!, values[i]!);
}

/**
 * Forward mode: d(node) for every node, operands first. Chain rule: d(node) = sum over operands c of
 * d(node)/dc * dc. A term with dc = 0 is left out, so a rule never multiplies 0 by an unused infinite or
 * NaN partial (x^2 at x = -3 never looks at log(-3), the partial for its constant exponent).
 */
export function forwardSweep<T>(tape: Tape, leaf: (i: number) => T, rule: ChainRule<T>): T[] {
  const { arity, first, second } = tape;
  const d = new Array<T>(arity.length);
  for (let i = 0; i < arity.length; i++) {
    if (arity[i] === 0) {
      d[i] = leaf(i);
      continue;
    }
    // written as the textbook does: (uv)' = u'v + uv'
    const da = d[first[i]!]!;
    const viaLeft = rule.isZero(da) ? rule.zero : rule.times(da, rule.partial(i, 0));
    if (arity[i] === 1) {
      d[i] = viaLeft;
      continue;
    }
    const db = d[second[i]!]!;
    d[i] = rule.plus(viaLeft, rule.isZero(db) ? rule.zero : rule.times(rule.partial(i, 1), db));
  }
  return d;
}

/**
 * Reverse mode, as in micrograd: seed d(root)/d(root) = 1, then walk the tape backwards, passing each
 * node's adjoint to its operands times the local partial. Only operands that vary receive anything.
 * `adjoint(i)` gives node i's finished adjoint (or the zero) and `pass(c, term)` adds a term to operand
 * c's, so the caller decides where adjoints live (an array, locals of generated code, a log for explain).
 */
export function backwardSweep<T>(
  tape: Pick<Tape, "arity" | "first" | "second" | "varies">,
  rule: ChainRule<T>,
  adjoint: (i: number) => T,
  pass: (c: number, term: T, from: number, partial: T) => void,
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
    const g = adjoint(i);
    if (rule.isZero(g)) continue;
    // += not =: a node used twice (x * x) collects adjoint from both uses
    if (toA) {
      const p = rule.partial(i, 0);
      pass(a, rule.times(p, g), i, p);
    }
    if (toB) {
      const p = rule.partial(i, 1);
      pass(b, rule.times(p, g), i, p);
    }
  }
}
