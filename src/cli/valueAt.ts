import type { Env, Expression } from "../index.js";
import { assertFinite } from "./diagnoseNonFinite.js";
import { requireValues } from "./formulaInput.js";

/**
 * The formula's value at `--at`, after checking every variable has a value; a NaN or infinite value
 * is an evaluation error naming the node where it starts.
 * `text`, the formula as typed, lets a missing value's hint suggest what was meant (`x*y` for `xy`).
 * @example valueAt(parse("x^2"), { x: 3 }) // 9
 */
export function valueAt(expression: Expression, env: Env, text?: string): number {
  requireValues(expression, env, text);
  const value = expression.eval(env);
  assertFinite(expression, env, value, "the value");
  return value;
}
