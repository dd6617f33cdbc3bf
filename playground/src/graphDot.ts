import type { Explanation, ExplainStep } from "../../src/index.js";
import { formatNumber } from "./formatNumber.js";

/**
 * The computational graph in Graphviz dot, as micrograd's draw_dot shows it: one box per node with its
 * operation, its value (forward pass) and its grad, the adjoint d(output)/d(node) (backward pass). Each
 * edge carries, at its head, the local derivative d(user)/d(input) that the chain rule multiplies by. The leaves of
 * `wrt` are filled yellow, the output blue.
 * @example graphDot(explain(parse("x * y"), { x: 2, y: 3 }), "x")
 */
export function graphDot(explanation: Explanation, wrt?: string): string {
  const lines = [
    "digraph gradkit {",
    '  graph [rankdir=LR, bgcolor="transparent", nodesep=0.25, ranksep=0.35];',
    '  node [shape=record, fontname="Helvetica", fontsize=11, style=filled, fillcolor="#ffffff", color="#6b7280"];',
    // headlabel, not label: an edge label is a node of its own for dot's layout, and made a 100-node graph 2-5x slower to lay out
    '  edge [fontname="Helvetica", labelfontsize=9, labelfontcolor="#6b7280", labeldistance=1.6, color="#9ca3af", arrowsize=0.6];',
  ];
  const last = explanation.steps.length;
  for (const step of explanation.steps) {
    const fill =
      step.index === last
        ? ', fillcolor="#dbeafe"'
        : step.kind === "variable" && step.operation === wrt
          ? ', fillcolor="#fef3c7"'
          : "";
    lines.push(`  ${step.label} [label="${recordLabel(step)}"${fill}];`);
  }
  for (const step of explanation.steps) {
    step.inputs.forEach((input, k) => {
      const local = step.local[k];
      const label = local === null || local === undefined ? "" : ` [headlabel="${formatNumber(local)}"]`;
      lines.push(`  n${input} -> ${step.label}${label};`);
    });
  }
  lines.push("}");
  return lines.join("\n");
}

/** Three stacked fields: what the node computes, its value, its grad (none for constant-only nodes). */
function recordLabel(step: ExplainStep): string {
  const head =
    step.kind === "variable" || step.kind === "constant"
      ? `${step.label}: ${step.operation}`
      : `${step.label} = ${step.operation}`;
  const grad = step.adjoint === null ? "grad -" : `grad ${formatNumber(step.adjoint)}`;
  return [head, `value ${formatNumber(step.value)}`, grad].map(recordField).join("|");
}

// In a record label these characters mean structure; a backslash makes them text.
function recordField(text: string): string {
  return quoted(text).replace(/([{}|<>])/g, "\\$1");
}

function quoted(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}
