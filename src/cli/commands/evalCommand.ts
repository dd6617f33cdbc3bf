import type { Env } from "../../index.js";
import type { CommandResult } from "../CommandResult.js";
import { formatNumber } from "../formatNumber.js";
import type { Formula } from "../formulaInput.js";
import { valueAt } from "../valueAt.js";

/**
 * `autodiff eval`: the formula's value at `--at`.
 * @example evalCommand(formula("x^2"), { x: 3 }).text // "9"
 */
export function evalCommand(formula: Formula, env: Env): CommandResult {
  const { expression } = formula;
  const value = valueAt(expression, env, formula.text);
  return {
    json: { expression: expression.toString(), at: env, value },
    text: formatNumber(value),
  };
}
