/** Which points a difference quotient uses: x +- h, x and x + h, or x - h and x. */
export type DifferenceSide = "central" | "forward" | "backward";

/** A derivative estimated from values only, with its own error estimate. */
export interface RiddersEstimate {
  readonly value: number;
  /** Ridders' estimate of the error of `value`. */
  readonly error: number;
  /** The first (largest) step of the tableau. */
  readonly step: number;
  readonly side: DifferenceSide;
}

const SHRINK = 1.4;
const TABLE = 12;
const SAFE = 2;

/**
 * Ridders' method (Numerical Recipes, dfridr): difference quotients at the steps h, h/1.4, h/1.4^2, ...,
 * extrapolated to h = 0 (Richardson) in a tableau, stopping when the extrapolation stops improving. Central
 * quotients have errors in powers of h^2, one-sided ones in powers of h, and the extrapolation uses each.
 * Returns undefined when f is not finite at a point it needs (a domain edge within the step).
 */
export function ridders(
  f: (x: number) => number,
  x: number,
  step: number,
  side: DifferenceSide,
): RiddersEstimate | undefined {
  const fx = side === "central" ? 0 : f(x);
  if (!Number.isFinite(fx)) return undefined;
  const quotient = (h: number): number => {
    if (side === "central") return (f(x + h) - f(x - h)) / (2 * h);
    return side === "forward" ? (f(x + h) - fx) / h : (fx - f(x - h)) / h;
  };
  const ratio = side === "central" ? SHRINK * SHRINK : SHRINK;
  let previous: number[] = [quotient(step)];
  if (!Number.isFinite(previous[0]!)) return undefined;
  let value = previous[0]!;
  let error = Number.POSITIVE_INFINITY;
  let h = step;
  for (let i = 1; i < TABLE; i++) {
    h /= SHRINK;
    const row: number[] = [quotient(h)];
    if (!Number.isFinite(row[0]!)) return undefined;
    let factor = ratio;
    for (let j = 1; j <= i; j++) {
      row[j] = (row[j - 1]! * factor - previous[j - 1]!) / (factor - 1);
      factor *= ratio;
      const estimate = Math.max(Math.abs(row[j]! - row[j - 1]!), Math.abs(row[j]! - previous[j - 1]!));
      if (estimate <= error) {
        error = estimate;
        value = row[j]!;
      }
    }
    // higher orders got worse by a clear margin: rounding has taken over, stop
    if (Math.abs(row[i]! - previous[i - 1]!) >= SAFE * error) break;
    previous = row;
  }
  return { value, error, step, side };
}
