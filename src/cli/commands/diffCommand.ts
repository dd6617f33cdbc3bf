import type { Env } from "../../index.js";
import type { CommandResult } from "../CommandResult.js";
import { assertFinite } from "../diagnoseNonFinite.js";
import { formatBindings, formatNumber } from "../formatNumber.js";
import { chooseWrt, requireValues, type Formula } from "../formulaInput.js";
import { nthDerivative } from "../nthDerivative.js";

/**
 * `autodiff diff`: the simplified symbolic derivative of order `order` and, with `--at`, its value.
 * @example diffCommand(formula("x^2"), undefined, 1, {}).text // "d/dx x ^ 2 = 2 * x"
 */
export function diffCommand(formula: Formula, wrt: string | undefined, order: number, env: Env | undefined): CommandResult {
  const { expression } = formula;
  const by = chooseWrt(expression, wrt);
  const derivative = nthDerivative(expression, by, order);

  const operator = order === 1 ? `d/d${by}` : `d^${order}/d${by}^${order}`;
  const subject = formula.name === "f" ? parenthesized(expression.toString()) : formula.name;
  const lines = [`${operator} ${subject} = ${derivative.toString()}`];
  const json: Record<string, unknown> = {
    expression: expression.toString(),
    wrt: by,
    order,
    derivative: derivative.toString(),
  };
  if (env !== undefined) {
    requireValues(expression, env);
    // Forward mode for order 1 (the course's diff); the symbolic derivative for higher orders.
    const value = order === 1 ? expression.diff(env, by) : derivative.eval(env);
    assertFinite(derivative, env, value, `the derivative ${operator}`);
    json.at = env;
    json.derivativeValue = value;
    lines.push(`at ${formatBindings(env)}: ${formatNumber(value)}`);
  }
  return { json, text: lines.join("\n") };
}

function parenthesized(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$|^[\d.]+$/.test(text) ? text : `(${text})`;
}
