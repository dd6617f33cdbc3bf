import type { ExplainStep, Explanation } from "../index.js";
import { formatNumber } from "./formatNumber.js";

// Shared by explainDot and explainMermaid.

/** The lines inside a node's box: its operation, its value, its adjoint. */
export function nodeLines(step: ExplainStep, output: string): string[] {
  const head =
    step.kind === "variable" || step.kind === "constant"
      ? `${step.label}: ${step.operation}`
      : `${step.label} = ${step.operation}`;
  const adjoint = step.adjoint === null ? [] : [`d${output}/d${step.label} = ${formatNumber(step.adjoint)}`];
  return [head, `value = ${formatNumber(step.value)}`, ...adjoint];
}

/** [input label, user label, "local d" text] for every input edge that carries a derivative. */
export function edges(explanation: Explanation): [string, string, string][] {
  const result: [string, string, string][] = [];
  for (const step of explanation.steps) {
    step.inputs.forEach((input, k) => {
      const slope = step.local[k];
      const from = explanation.steps[input - 1]!.label;
      result.push([
        from,
        step.label,
        slope === null || slope === undefined ? "" : `d${step.label}/d${from} = ${formatNumber(slope)}`,
      ]);
    });
  }
  return result;
}

/** The variable's leaves for --wrt, else the output node. */
export function isHighlighted(step: ExplainStep, explanation: Explanation, wrt: string | undefined): boolean {
  if (wrt !== undefined) return step.kind === "variable" && step.expression === wrt;
  return step.index === explanation.steps.length;
}

export function escapeMermaid(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}
