// The one oracle every test compares rules against: central differences, and tolerant float equality.
import { expect } from "vitest";
import type { Env, Expression } from "../../src/index.js";

/** The course's values for x, y and z. */
export const vals = { x: 10, y: 5, z: -5 } as const;

/** |actual - expected| within an absolute plus a relative tolerance. */
export function close(actual: number, expected: number, relative = 1e-6, absolute = 1e-8): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return Object.is(actual, expected);
  return Math.abs(actual - expected) <= absolute + relative * Math.max(Math.abs(actual), Math.abs(expected));
}

/**
 * d f / d wrt at env by central differences, or undefined where that is unreliable: near a kink, a
 * pole or the edge of the domain the two one-sided differences disagree, so we do not compare there.
 */
export function centralDifference(f: Expression, env: Env, wrt: string): number | undefined {
  const at = env[wrt]!;
  const h = 1e-5 * Math.max(1, Math.abs(at));
  const value = f.eval(env);
  const above = f.eval({ ...env, [wrt]: at + h });
  const below = f.eval({ ...env, [wrt]: at - h });
  if (![value, above, below].every(Number.isFinite)) return undefined;
  const forward = (above - value) / h;
  const backward = (value - below) / h;
  if (!close(forward, backward, 1e-3, 1e-3)) return undefined;
  const central = (above - below) / (2 * h);
  // a jump also makes the one-sided differences agree (both ~ jump / h); halving h exposes it
  const nearAbove = f.eval({ ...env, [wrt]: at + h / 2 });
  const nearBelow = f.eval({ ...env, [wrt]: at - h / 2 });
  if (!close((nearAbove - nearBelow) / h, central, 1e-3, 1e-6)) return undefined;
  return central;
}

/**
 * Checks, at every point and for every variable of f, that diff(), gradient() and derivative().eval()
 * agree with central differences. Returns how many comparisons were made (points where the difference
 * was unreliable are skipped), so a caller can check the grid really tested something.
 */
export function expectAgreesWithCentralDifferences(f: Expression, points: readonly Env[]): number {
  let compared = 0;
  const derivatives = new Map(f.variables().map((name) => [name, f.derivative(name)] as const));
  for (const env of points) {
    const gradient = f.gradient(env);
    for (const [wrt, derivative] of derivatives) {
      const numeric = centralDifference(f, env, wrt);
      if (numeric === undefined) continue;
      compared++;
      const where = `d/d${wrt} of ${f.toString()} at ${JSON.stringify(env)}`;
      const forward = f.diff(env, wrt);
      expect(close(forward, numeric, 1e-4, 1e-6), `${where}: diff ${forward} vs central ${numeric}`).toBe(true);
      expect(
        close(gradient[wrt]!, forward, 1e-12, 1e-12),
        `${where}: gradient ${gradient[wrt]} vs diff ${forward}`,
      ).toBe(true);
      const symbolic = derivative.eval(env);
      expect(close(symbolic, forward, 1e-9, 1e-12), `${where}: derivative ${symbolic} vs diff ${forward}`).toBe(true);
    }
  }
  return compared;
}

/** Points of a grid over x (and y, z when given), e.g. grid([-2, -0.5, 1, 3]). */
export function grid(xs: readonly number[], ys: readonly number[] = [0], zs: readonly number[] = [0]): Env[] {
  const points: Env[] = [];
  for (const x of xs) for (const y of ys) for (const z of zs) points.push({ x, y, z });
  return points;
}

/** Equal as floating point results: both NaN, the same infinity, or close relative to their size. */
export function expectSame(actual: number, expected: number): void {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) {
    expect(actual).toBe(expected);
  } else {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  }
}

/**
 * Checks that f(x), diff(), derivative() and gradient() stay finite at each x in `at` (a function that is
 * smooth there must not overflow on the way: softplus at 1000, asin's slope short of 1).
 */
export function expectFiniteAt(f: Expression, at: readonly number[]): void {
  for (const x of at) {
    expect(Number.isFinite(f.eval({ x })), `value at ${x}`).toBe(true);
    expect(Number.isFinite(f.diff({ x }, "x")), `diff at ${x}`).toBe(true);
    expect(Number.isFinite(f.derivative("x").eval({ x })), `derivative at ${x}`).toBe(true);
    expect(Number.isFinite(f.gradient({ x }).x!), `gradient at ${x}`).toBe(true);
  }
}
