import type { Explanation } from "../index.js";
import { edges, isHighlighted, nodeLines } from "./explainGraphParts.js";

/**
 * The computational graph in Graphviz dot: one box per node with its value and adjoint, an edge from
 * each input to its user labelled with the local derivative. Render with `dot -Tsvg`.
 * @example explainDot(explain(parse("x*y"), { x: 1, y: 2 }), "f")
 */
export function explainDot(explanation: Explanation, output: string, wrt?: string): string {
  const lines = ["digraph explain {", "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];'];
  for (const step of explanation.steps) {
    const label = nodeLines(step, output).join("\\n").replace(/"/g, '\\"');
    const highlight = isHighlighted(step, explanation, wrt) ? ", style=filled, fillcolor=lightyellow" : "";
    lines.push(`  ${step.label} [label="${label}"${highlight}];`);
  }
  for (const [from, to, local] of edges(explanation)) lines.push(`  ${from} -> ${to} [label="${local}"];`);
  lines.push("}");
  return lines.join("\n");
}
