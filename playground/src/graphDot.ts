import type { Explanation, ExplainStep } from "../../src/index.js";
import { formatNumber } from "./formatNumber.js";

/** A graph to draw: its dot, its shape (the dot without numbers) and the numbers' texts by SVG title. */
export interface GraphDrawing {
  readonly dot: string;
  /**
   * The dot with every number left out: two drawings of the same shape have the same layout (nodes are at
   * least NODE_WIDTH wide, room for any number), so a redraw for new values only rewrites the texts.
   */
  readonly shape: string;
  /** By the title Graphviz gives each node ("n3") and edge ("n1->n3"): the texts of its labels, in order. */
  readonly texts: ReadonlyMap<string, readonly string[]>;
}

/** Inches: wide enough for "value -1.23457e+11" at 11 pt, so a node's width does not depend on its numbers. */
const NODE_WIDTH = 1.6;

/**
 * The computational graph in Graphviz dot, as micrograd's draw_dot shows it: one box per node with its
 * operation, its value (forward pass) and its grad, the adjoint d(output)/d(node) (backward pass). Each
 * edge carries, at its head, the local derivative d(user)/d(input) that the chain rule multiplies by. The
 * leaves of `wrt` are filled yellow, the output blue.
 * @example graphDot(explain(parse("x * y"), { x: 2, y: 3 }), "x")
 */
export function graphDot(explanation: Explanation, wrt?: string): string {
  return graphDrawing(explanation, wrt).dot;
}

/** graphDot's dot, with its shape and texts (see GraphDrawing). */
export function graphDrawing(explanation: Explanation, wrt?: string): GraphDrawing {
  const texts = new Map<string, readonly string[]>();
  const header = [
    "digraph gradkit {",
    '  graph [rankdir=LR, bgcolor="transparent", nodesep=0.25, ranksep=0.35];',
    `  node [shape=record, width=${NODE_WIDTH}, fontname="Helvetica", fontsize=11, style=filled, fillcolor="#ffffff", color="#6b7280"];`,
    // headlabel, not label: an edge label is a node of its own for dot's layout, and made a 100-node graph 2-5x slower to lay out
    '  edge [fontname="Helvetica", labelfontsize=9, labelfontcolor="#6b7280", labeldistance=1.6, color="#9ca3af", arrowsize=0.6];',
  ];
  const dot = [...header];
  const shape = [...header];
  const last = explanation.steps.length;
  for (const step of explanation.steps) {
    const fill =
      step.index === last
        ? ', fillcolor="#dbeafe"'
        : step.kind === "variable" && step.operation === wrt
          ? ', fillcolor="#fef3c7"'
          : "";
    const fields = recordFields(step);
    texts.set(step.label, fields);
    dot.push(`  ${step.label} [label="${fields.map(recordField).join("|")}"${fill}];`);
    shape.push(`  ${step.label} [label="${recordField(fields[0]!)}|value|grad"${fill}];`);
  }
  for (const step of explanation.steps) {
    step.inputs.forEach((input, k) => {
      const local = step.local[k];
      const edge = `  n${input} -> ${step.label}`;
      if (local === null || local === undefined) {
        dot.push(`${edge};`);
        shape.push(`${edge};`);
      } else {
        texts.set(`n${input}->${step.label}`, [formatNumber(local)]);
        dot.push(`${edge} [headlabel="${formatNumber(local)}"];`);
        shape.push(`${edge} [headlabel="0"];`);
      }
    });
  }
  dot.push("}");
  shape.push("}");
  return { dot: dot.join("\n"), shape: shape.join("\n"), texts };
}

/** Three stacked fields: what the node computes, its value, its grad (none for constant-only nodes). */
function recordFields(step: ExplainStep): string[] {
  const head =
    step.kind === "variable" || step.kind === "constant"
      ? `${step.label}: ${step.operation}`
      : `${step.label} = ${step.operation}`;
  const grad = step.adjoint === null ? "grad -" : `grad ${formatNumber(step.adjoint)}`;
  return [head, `value ${formatNumber(step.value)}`, grad];
}

// In a record label these characters mean structure; a backslash makes them text.
function recordField(text: string): string {
  return quoted(text).replace(/([{}|<>])/g, "\\$1");
}

function quoted(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}
