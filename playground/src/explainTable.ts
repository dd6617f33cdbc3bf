import type { Explanation } from "../../src/index.js";
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
    "grad = Σ user grad × local",
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
      step.index === last
        ? "1 (seed: ∂f/∂f)"
        : step.adjoint === null
          ? "- (holds only constants)"
          : `${step.contributions.map((c) => `${formatNumber(c.adjoint)} × ${formatNumber(c.local)}`).join(" + ")} = ${formatNumber(step.adjoint)}`;
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
