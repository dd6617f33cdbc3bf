/**
 * Exact numbers for the canonical forms, as SymPy's Integer, Rational and Float: a whole number is a plain
 * number (exact while it is a safe integer), a fraction of whole numbers is a Rational (1/3 stays 1/3, and
 * prints as one), and any other number is a float, which wins: a float met anywhere makes the result a float
 * (0.5 * x stays 0.5 * x; 0.5 + 1/3 is 0.8333333333333333).
 *
 * Most coefficients are whole numbers or floats, so every operation tries plain numbers first and allocates
 * nothing then; only a Rational operand takes the exact path.
 */
export class Rational {
  /** n / d in lowest terms, d >= 2, both safe integers (so never a whole number). */
  constructor(
    readonly n: number,
    readonly d: number,
  ) {}
  /** The nearest float. */
  get value(): number {
    return this.n / this.d;
  }
}

/** A coefficient or a sum's number: a plain number (whole, or a float) or an exact fraction. */
export type Coefficient = number | Rational;

/** The float value of a coefficient. */
export function floatOf(c: Coefficient): number {
  return typeof c === "number" ? c : c.n / c.d;
}

/** Whether c is exact (a safe whole number or a Rational), not a float. */
export function isExact(c: Coefficient): boolean {
  return typeof c !== "number" || Number.isSafeInteger(c);
}

/** n / d as a whole number or a Rational; a float when either is not a safe whole number or d is 0. */
export function fraction(n: number, d: number): Coefficient {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d === 0) return n / d;
  const g = gcd(Math.abs(n), Math.abs(d));
  const sign = d < 0 ? -1 : 1;
  const num = (sign * n) / g;
  const den = (sign * d) / g;
  // -0 stays a float: 0 / -3 is 0, exactly as plain numbers give it
  return den === 1 ? num + 0 : new Rational(num, den);
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** a * b */
export function times(a: Coefficient, b: Coefficient): Coefficient {
  if (typeof a === "number" && typeof b === "number") return a * b;
  if (!isExact(a) || !isExact(b)) return floatOf(a) * floatOf(b);
  const [an, ad, bn, bd] = [numerator(a), denominator(a), numerator(b), denominator(b)];
  // cross-reduced first, so the products stay as small as they can
  const g1 = gcd(Math.abs(an), bd);
  const g2 = gcd(Math.abs(bn), ad);
  const n = (an / g1) * (bn / g2);
  const d = (ad / g2) * (bd / g1);
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) ? fraction(n, d) : n / d;
}

/** a + b */
export function plus(a: Coefficient, b: Coefficient): Coefficient {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (!isExact(a) || !isExact(b)) return floatOf(a) + floatOf(b);
  const n = numerator(a) * denominator(b) + numerator(b) * denominator(a);
  const d = denominator(a) * denominator(b);
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) ? fraction(n, d) : n / d;
}

/** -a */
export function negate(a: Coefficient): Coefficient {
  return typeof a === "number" ? -a : new Rational(-a.n, a.d);
}

/** |a| */
export function magnitude(a: Coefficient): Coefficient {
  return typeof a === "number" ? Math.abs(a) : a.n < 0 ? new Rational(-a.n, a.d) : a;
}

/**
 * a ^ n for a whole n: exact for an exact a (2 ^ -1 is 1/2), a float otherwise or once past the safe integers.
 * The float is a ** n computed as plain numbers would be, so whole-number results match them bit for bit.
 */
export function power(a: Coefficient, n: number): Coefficient {
  if (typeof a === "number" && (n >= 0 || !Number.isSafeInteger(a))) return a ** n;
  if (!isExact(a)) return floatOf(a) ** n;
  const [an, ad] = [numerator(a), denominator(a)];
  const [num, den] = n >= 0 ? [an ** n, ad ** n] : [ad ** -n, an ** -n];
  if (den === 0) return floatOf(a) ** n;
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) ? fraction(num, den) : floatOf(a) ** n;
}

/**
 * a ^ (p/q) when it is exact: 4 ^ (1/2) is 2, (8/27) ^ (2/3) is 4/9; undefined when it is not (2 ^ (1/2)).
 */
export function rootPower(a: Coefficient, exponent: Rational): Coefficient | undefined {
  if (!isExact(a) || floatOf(a) < 0) return undefined;
  const n = exactRoot(numerator(a), exponent.d);
  const d = exactRoot(denominator(a), exponent.d);
  return n === undefined || d === undefined ? undefined : power(fraction(n, d), exponent.n);
}

/** The whole q-th root of a whole number, when there is one. */
function exactRoot(a: number, q: number): number | undefined {
  const r = Math.round(a ** (1 / q));
  for (const candidate of [r - 1, r, r + 1]) if (candidate >= 0 && candidate ** q === a) return candidate;
  return undefined;
}

/** -1, 0 or 1 (NaN for NaN), as Math.sign: how the canonical forms ask whether a term is negative. */
export function sign(a: Coefficient): number {
  return typeof a === "number" ? Math.sign(a) : Math.sign(a.n);
}

function numerator(a: Coefficient): number {
  return typeof a === "number" ? a : a.n;
}

function denominator(a: Coefficient): number {
  return typeof a === "number" ? 1 : a.d;
}
