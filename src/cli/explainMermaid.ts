import type { Explanation } from "../index.js";
import { edges, escapeMermaid, isHighlighted, nodeLines } from "./explainGraphParts.js";

/**
 * The same graph as a Mermaid flowchart (renders in GitHub Markdown inside a ```mermaid block).
 * @example explainMermaid(explain(parse("x*y"), { x: 1, y: 2 }), "f")
 */
export function explainMermaid(explanation: Explanation, output: string, wrt?: string): string {
  const lines = ["flowchart LR"];
  for (const step of explanation.steps) {
    const label = nodeLines(step, output).map(escapeMermaid).join("<br/>");
    lines.push(`  ${step.label}["${label}"]`);
  }
  for (const [from, to, local] of edges(explanation))
    lines.push(local === "" ? `  ${from} --> ${to}` : `  ${from} -- "${escapeMermaid(local)}" --> ${to}`);
  const highlighted = explanation.steps
    .filter((step) => isHighlighted(step, explanation, wrt))
    .map((step) => step.label);
  if (highlighted.length > 0) {
    lines.push("  classDef wrt fill:#ffffcc,stroke:#333;", `  class ${highlighted.join(",")} wrt;`);
  }
  return lines.join("\n");
}
