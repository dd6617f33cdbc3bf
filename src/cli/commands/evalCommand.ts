import type { Env } from "../../index.js";
import type { CommandResult } from "../CommandResult.js";
import { assertFinite } from "../diagnoseNonFinite.js";
import { formatNumber } from "../formatNumber.js";
import { requireValues, type Formula } from "../formulaInput.js";

/**
 * `autodiff eval`: the formula's value at `--at`.
 * @example evalCommand(formula("x^2"), { x: 3 }).text // "9"
 */
export function evalCommand(formula: Formula, env: Env): CommandResult {
  const { expression } = formula;
  requireValues(expression, env);
  const value = expression.eval(env);
  assertFinite(expression, env, value, "the value");
  return {
    json: { expression: expression.toString(), at: env, value },
    text: formatNumber(value),
  };
}
