import { explain, type Env } from "../../index.js";
import type { CommandResult } from "../CommandResult.js";
import { assertFinite } from "../diagnoseNonFinite.js";
import { explainDot } from "../explainDot.js";
import { explainMermaid } from "../explainMermaid.js";
import { explainTable } from "../explainTable.js";
import { formatBindings } from "../formatNumber.js";
import { chooseWrt, requireValues, type Formula } from "../formulaInput.js";

export const EXPLAIN_FORMATS = ["text", "dot", "mermaid"] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

/**
 * `autodiff explain`: the chain rule on the computational graph, one row per node (text) or drawn
 * as a graph (dot, mermaid).
 * @example explainCommand(formula("loss = (x*w - y)^2"), { x: 1, w: 1, y: 2 }, "w", "text")
 */
export function explainCommand(
  formula: Formula,
  env: Env,
  wrt: string | undefined,
  format: ExplainFormat,
): CommandResult {
  const { expression, name } = formula;
  requireValues(expression, env, formula.text);
  const by = wrt === undefined ? undefined : chooseWrt(expression, wrt, formula.text);
  const explanation = explain(expression, env);
  assertFinite(expression, env, explanation.value, "the value");

  const at = Object.keys(env).length > 0 ? `   at ${formatBindings(env)}` : "";
  const heading = `${name} = ${expression.toString()}${at}`;
  const text =
    format === "dot"
      ? explainDot(explanation, name, by)
      : format === "mermaid"
        ? explainMermaid(explanation, name, by)
        : `${heading}\n\n${explainTable(explanation, name, by)}`;
  const json: Record<string, unknown> = {
    expression: expression.toString(),
    output: name,
    at: env,
    value: explanation.value,
    gradient: explanation.gradient,
    steps: explanation.steps,
  };
  if (by !== undefined) {
    json.wrt = by;
    json.derivativeValue = explanation.gradient[by];
  }
  if (format !== "text") json[format] = text;
  return { json, text };
}
