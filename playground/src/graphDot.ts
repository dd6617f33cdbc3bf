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
 * The computational graph in Graphviz dot, as micrograd's draw_dot shows it: one box per node (pass
 * `explain(sharedNodes(e), env)`: one node per variable and per repeated subexpression) with its
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
  const uses = usesOf(explanation);
  for (const step of explanation.steps) {
    const fill =
      step.index === last
        ? ', fillcolor="#dbeafe"'
        : step.kind === "variable" && step.operation === wrt
          ? ', fillcolor="#fef3c7"'
          : "";
    const fields = recordFields(step, uses[step.index] ?? 0);
    texts.set(step.label, fields);
    dot.push(`  ${step.label} [label="${fields.map(recordField).join("|")}"${fill}];`);
    const numbers = fields.length === 4 ? `value|grad|${recordField(fields[3]!)}` : "value|grad";
    shape.push(`  ${step.label} [label="${recordField(fields[0]!)}|${numbers}"${fill}];`);
  }
  // x * x or x - x: two edges with one title, which a redraw could not tell apart; such a graph is laid out anew
  let twinEdges = false;
  for (const step of explanation.steps) {
    if (step.inputs.length === 2 && step.inputs[0] === step.inputs[1]) twinEdges = true;
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
  return { dot: dot.join("\n"), shape: (twinEdges ? dot : shape).join("\n"), texts };
}

/** How many times each node (by index) is an input of another: its uses, each an edge out of it. */
export function usesOf(explanation: Explanation): number[] {
  const uses = new Array<number>(explanation.steps.length + 1).fill(0);
  for (const step of explanation.steps) for (const input of step.inputs) uses[input]!++;
  return uses;
}

/**
 * Stacked fields: what the node computes, its value, its grad (none for constant-only nodes), and for a
 * node with several uses (one edge to each) that its grad is their sum, micrograd's `+=`.
 */
function recordFields(step: ExplainStep, uses: number): string[] {
  const head =
    step.kind === "variable" || step.kind === "constant"
      ? `${step.label}: ${step.operation}`
      : `${step.label} = ${step.operation}`;
  const grad = step.adjoint === null ? "grad -" : `grad ${formatNumber(step.adjoint)}`;
  const fields = [head, `value ${formatNumber(step.value)}`, grad];
  if (uses > 1 && step.adjoint !== null) fields.push(`grad = sum over ${uses} uses`);
  return fields;
}

// In a record label these characters mean structure; a backslash makes them text.
function recordField(text: string): string {
  return quoted(text).replace(/([{}|<>])/g, "\\$1");
}

function quoted(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}

/** Nodes past this are left to the table: a screen reader reads the graph's label as one long sentence. */
const DESCRIBED_NODES = 40;

/**
 * The graph in words, its text alternative: what each node computes, its value and its grad, and for a node
 * with several uses, that its grad is their sum.
 * @example graphDescription(explain(sharedNodes(parse("x * x")), { x: 3 })) // "Computational graph, 2 nodes. n1: x, value 3, grad 6, ..."
 */
export function graphDescription(explanation: Explanation): string {
  const uses = usesOf(explanation);
  const nodes = explanation.steps.slice(0, DESCRIBED_NODES).map((step) => {
    const grad = step.adjoint === null ? "no grad (only constants)" : `grad ${formatNumber(step.adjoint)}`;
    const sum = uses[step.index]! > 1 && step.adjoint !== null ? `, the sum over its ${uses[step.index]} uses` : "";
    return `${recordFields(step, 0)[0]}, value ${formatNumber(step.value)}, ${grad}${sum}.`;
  });
  const more =
    explanation.steps.length > DESCRIBED_NODES
      ? ` ... and ${explanation.steps.length - DESCRIBED_NODES} more nodes, listed in the chain-rule table.`
      : "";
  return `Computational graph, ${explanation.steps.length} nodes. ${nodes.join(" ")}${more}`;
}
