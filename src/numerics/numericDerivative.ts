import { ridders, type DifferenceSide, type RiddersEstimate } from "./ridders.js";

/**
 * df/dx at x from values of f only, as accurately as floating point allows: Ridders' extrapolation from
 * several first steps scaled to |x| (10%, 1%, 0.1%, 0.01% of |x|, or of 1 at x = 0), keeping the estimate
 * with the smallest error. Central differences first; where f is not finite on one side within every step
 * (a domain edge: sqrt near 0, log near 0), one-sided differences from the side where it is.
 * Undefined when no estimate is finite.
 * @example numericDerivative(Math.sin, 1000).value // cos(1000) to about 1e-12
 */
export function numericDerivative(
  f: (x: number) => number,
  x: number,
  sides: readonly DifferenceSide[] = ["central"],
): RiddersEstimate | undefined {
  const scale = x === 0 ? 1 : Math.abs(x);
  const steps = [0.1, 0.01, 1e-3, 1e-4].map((k) => k * scale);
  let best: RiddersEstimate | undefined;
  for (const side of sides) {
    for (const step of steps) {
      const estimate = ridders(f, x, step, side);
      if (estimate !== undefined && (best === undefined || estimate.error < best.error)) best = estimate;
    }
    if (best !== undefined) return best;
  }
  return best;
}

/** Central if possible, else one-sided from whichever side f is defined on. */
export function adaptiveDerivative(f: (x: number) => number, x: number): RiddersEstimate | undefined {
  return numericDerivative(f, x, ["central"]) ?? numericDerivative(f, x, ["forward", "backward"]);
}
