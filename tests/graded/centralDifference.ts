import type { Env, Expression } from "../../src/index.js";

/**
 * The central difference (f(v + h) - f(v - h)) / 2h of `f` with respect to `wrt` at `at`: the oracle every
 * derivative rule must meet, whatever the rule.
 *
 * @example
 * centralDifference(x.mul(x), { x: 3 }, "x") // about 6
 */
export function centralDifference(f: Expression, at: Env, wrt: string): number {
  const h = 1e-6;
  const v = at[wrt]!;
  return (f.eval({ ...at, [wrt]: v + h }) - f.eval({ ...at, [wrt]: v - h })) / (2 * h);
}
