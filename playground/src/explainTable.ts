import type { ExplainStep, Explanation } from "../../src/index.js";
import { formatNumber } from "./formatNumber.js";

/** Rows past this are summarised: a 1,000-node formula's table would be longer than anyone reads. */
const MAX_ROWS = 200;

/**
 * `explain`'s chain-rule table: for every node in evaluation order, what it computes, its value, its
 * local derivatives toward its inputs, and how its grad (the adjoint d f/d node) sums one term per use:
 * the user's grad times the user's local derivative toward this node.
 */
export function explainTable(explanation: Explanation): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "explain";
  const head = table.createTHead().insertRow();
  for (const title of [
    "node",
    "computes",
    "subexpression",
    "value",
    "local derivatives",
    "grad = Σ over uses: user grad × local",
  ]) {
    const cell = document.createElement("th");
    cell.textContent = title;
    head.append(cell);
  }
  const body = table.createTBody();
  const last = explanation.steps.length;
  for (const step of explanation.steps.slice(0, MAX_ROWS)) {
    const locals = step.inputs
      .map((input, k) => {
        const local = step.local[k];
        return local === null || local === undefined ? "" : `∂${step.label}/∂n${input} = ${formatNumber(local)}`;
      })
      .filter((text) => text !== "");
    const sum =
      step.index === last ? "1 (seed: ∂f/∂f)" : step.adjoint === null ? "- (holds only constants)" : gradSum(step);
    const row = body.insertRow();
    for (const text of [
      step.label,
      step.operation,
      step.expression,
      formatNumber(step.value),
      locals.join(", "),
      sum,
    ]) {
      row.insertCell().textContent = text;
    }
  }
  if (explanation.steps.length > MAX_ROWS) {
    const row = body.insertRow();
    const cell = row.insertCell();
    cell.colSpan = 6;
    cell.textContent = `... and ${explanation.steps.length - MAX_ROWS} more nodes`;
  }
  return table;
}

/**
 * "n3: 1 × 0.909 + n2: 2 × -0.416 = 0.077 (the sum over its 2 uses)": one term per use, as the backward pass
 * added them (micrograd's `+=`), each naming the user it came from.
 */
function gradSum(step: ExplainStep): string {
  const terms = step.contributions.map((c) => `n${c.from}: ${formatNumber(c.adjoint)} × ${formatNumber(c.local)}`);
  if (terms.length === 0) return `${formatNumber(step.adjoint ?? 0)} (no use passes a grad back here)`;
  const total = `${terms.join(" + ")} = ${formatNumber(step.adjoint ?? 0)}`;
  return terms.length > 1 ? `${total} (the sum over its ${terms.length} uses)` : total;
}
