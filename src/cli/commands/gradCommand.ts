import type { Env } from "../../index.js";
import type { CommandResult } from "../CommandResult.js";
import { assertFinite } from "../diagnoseNonFinite.js";
import { formatBindings, formatNumber } from "../formatNumber.js";
import type { Formula } from "../formulaInput.js";
import { valueAt } from "../valueAt.js";

/**
 * `autodiff grad`: every partial derivative at `--at`, from one reverse-mode pass.
 * @example gradCommand(formula("x*y"), { x: 1, y: 2 }).json.gradient // { x: 2, y: 1 }
 */
export function gradCommand(formula: Formula, env: Env): CommandResult {
  const { expression, name } = formula;
  const value = valueAt(expression, env, formula.text);
  const gradient = expression.gradient(env);
  for (const [variable, partial] of Object.entries(gradient)) {
    assertFinite(expression, env, partial, `d${name}/d${variable}`);
  }
  const labels = Object.keys(gradient).map((variable) => `d${name}/d${variable}`);
  const width = labels.reduce((widest, label) => Math.max(widest, label.length), 0);
  const rows = Object.values(gradient).map((partial, k) => `${labels[k]!.padEnd(width)} = ${formatNumber(partial)}`);
  const text = [
    `${name} = ${expression.toString()}${Object.keys(env).length > 0 ? `  at ${formatBindings(env)}` : ""}`,
    `${name} = ${formatNumber(value)}`,
    rows.length > 0 ? rows.join("\n") : "(no variables: the gradient is empty)",
  ].join("\n");
  return { json: { expression: expression.toString(), at: env, value, gradient }, text };
}
