import type { ExplainStep, Explanation } from "../index.js";
import { formatNumber } from "./formatNumber.js";
import { formatTable } from "./formatTable.js";

/**
 * The forward and backward pass as a table a student can follow: one row per node in evaluation order,
 * with a legend for the columns and, for `wrt`, how its derivative is collected from the table.
 * @example explainTable(explain(parse("(x*w - y)^2"), { x: 1, w: 1, y: 2 }), "loss", "w")
 */
export function explainTable(explanation: Explanation, output: string, wrt: string | undefined): string {
  const { steps, value, gradient } = explanation;
  const last = steps.length;
  const header = [
    "node",
    "expression",
    "operation",
    "value",
    "local derivatives",
    `adjoint d${output}/dnode`,
    "adjoint = sum over users: user's adjoint * local",
  ];
  const rows = steps.map((step) => [
    step.label,
    step.expression,
    step.operation,
    formatNumber(step.value),
    localText(step, steps),
    step.adjoint === null ? "-" : formatNumber(step.adjoint),
    howText(step, last, output),
  ]);
  const legend = [
    "Forward pass top to bottom, backward pass bottom to top. Columns:",
    "  value    the node's value, computed from its inputs (rows above it)",
    "  local    the node's own derivative with respect to each input that varies, e.g. dn3/dn1",
    `  adjoint  d${output}/dnode: 1 at the last node, then for each node the sum, over the nodes that use it`,
    "           (its users), of the user's adjoint times the user's local derivative (-: a constant)",
  ];
  const partials = Object.entries(gradient).map(([name, partial]) => `d${output}/d${name} = ${formatNumber(partial)}`);
  const lines = [...legend, "", formatTable(header, rows), "", `${output} = ${formatNumber(value)}`];
  if (wrt !== undefined) {
    const leaves = steps.filter((step) => step.kind === "variable" && step.expression === wrt);
    const labels = leaves.map((step) => step.label);
    const how =
      leaves.length === 1
        ? `the adjoint of ${labels[0]}, the node for ${wrt}`
        : `the sum of the adjoints of ${labels.join(", ")}, the nodes for ${wrt}: ` +
          sumText(leaves.map((step) => step.adjoint ?? 0));
    lines.push(`d${output}/d${wrt} = ${formatNumber(gradient[wrt] ?? 0)}  (${how})`);
  } else if (partials.length > 0) {
    lines.push(`gradient: ${partials.join(", ")}`);
  }
  return lines.join("\n");
}

function localText(step: ExplainStep, steps: readonly ExplainStep[]): string {
  return step.inputs
    .flatMap((input, k) => {
      const slope = step.local[k];
      return slope === null || slope === undefined
        ? []
        : [`d${step.label}/d${steps[input - 1]!.label} = ${formatNumber(slope)}`];
    })
    .join(", ");
}

/** "2 + 2 - 0.416": a sum written as people write it. */
function sumText(terms: readonly number[]): string {
  return terms
    .map((term, k) =>
      k === 0 ? formatNumber(term) : term < 0 ? `- ${formatNumber(-term)}` : `+ ${formatNumber(term)}`,
    )
    .join(" ");
}

function howText(step: ExplainStep, last: number, output: string): string {
  if (step.index === last) return `seed: d${output}/d${output} = 1`;
  if (step.adjoint === null) return "";
  if (step.contributions.length === 0) return "not used";
  return step.contributions
    .map((term) => `n${term.from}: ${formatNumber(term.adjoint)} * ${formatNumber(term.local)}`)
    .join(" + ");
}
