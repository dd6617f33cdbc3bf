import { describe, expect, it } from "vitest";
import { explain, parse } from "../../src/index.js";
import { graphDescription, graphDot, graphDrawing } from "../../playground/src/graphDot.js";
import { sharedNodes } from "../../playground/src/sharedNodes.js";

describe("graphDot: the playground's computational graph", () => {
  const explanation = explain(parse("x * y + sin(x)"), { x: 3, y: 2 });
  const dot = graphDot(explanation, "x");

  it("has one box per node of explain, and one edge per input", () => {
    expect(dot.match(/^ {2}n\d+ \[label=/gm)).toHaveLength(explanation.steps.length);
    const inputs = explanation.steps.reduce((sum, step) => sum + step.inputs.length, 0);
    expect(dot.match(/^ {2}n\d+ -> n\d+/gm)).toHaveLength(inputs);
  });

  it("puts each node's operation, value and grad in its box: the x of x * y has grad y = 2", () => {
    expect(dot).toContain('n1 [label="n1: x|value 3|grad 2"');
    expect(dot).toContain('n6 [label="n6 = n3 + n5|value 6.14112|grad 1"');
  });

  it("labels the edge x -> sin(x) with the local derivative cos(3)", () => {
    expect(dot).toContain(`n4 -> n5 [headlabel="${Number(Math.cos(3).toPrecision(6))}"]`);
  });

  it("fills the leaves of the chosen variable and the output", () => {
    expect(dot.match(/fillcolor="#fef3c7"/g)).toHaveLength(2); // x appears twice
    expect(dot).toMatch(/n6 \[[^\n]*fillcolor="#dbeafe"/);
  });

  it("escapes what a record label or a dot string would read as structure", () => {
    // parse() lets none of these through, but graphDot takes any Explanation: a hand-made one tries them all
    const step = {
      index: 1,
      label: "n1",
      kind: "leaf",
      operation: 'a|b{c}<d>"e\\',
      expression: "x",
      inputs: [],
      value: 1,
      local: [],
      adjoint: 1,
      contributions: [],
    } as const;
    const dot = graphDot({ steps: [step], value: 1, gradient: {} });
    expect(dot).toContain('n1 [label="n1 = a\\|b\\{c\\}\\<d\\>\\"e\\\\|value 1|grad 1", fillcolor="#dbeafe"];');
  });

  it("two points of one formula have the same shape and different texts: a redraw keeps the layout", () => {
    const here = graphDrawing(explain(parse("x * y + sin(x)"), { x: 3, y: 2 }), "x");
    const there = graphDrawing(explain(parse("x * y + sin(x)"), { x: -1.25, y: 1e-9 }), "x");
    expect(there.shape).toBe(here.shape);
    expect(there.dot).not.toBe(here.dot);
    expect(here.texts.get("n1")).toEqual(["n1: x", "value 3", "grad 2"]);
    expect(here.texts.get("n4->n5")).toEqual([String(Number(Math.cos(3).toPrecision(6)))]);
    // another variable to differentiate by fills other leaves: another shape
    expect(graphDrawing(explain(parse("x * y + sin(x)"), { x: 3, y: 2 }), "y").shape).not.toBe(here.shape);
  });

  it("drawn as a DAG, x * sin(x) + x has one box for x, which says its grad is the sum over its 3 uses", () => {
    const drawing = graphDrawing(explain(sharedNodes(parse("x * sin(x) + x")), { x: 2 }), "x");
    const slope = Number((Math.sin(2) + 2 * Math.cos(2) + 1).toPrecision(6));
    expect(drawing.texts.get("n1")).toEqual(["n1: x", "value 2", `grad ${slope}`, "grad = sum over 3 uses"]);
    expect(drawing.dot.match(/^ {2}n1 -> /gm)).toHaveLength(3);
    // the note is part of the shape (it depends on the formula only), so a redraw for new numbers keeps it
    expect(drawing.shape).toContain('n1 [label="n1: x|value|grad|grad = sum over 3 uses"');
  });

  it("x * x: two edges from one node, which a redraw could not tell apart, so each drawing is laid out anew", () => {
    const at = (x: number) => graphDrawing(explain(sharedNodes(parse("x * x")), { x }), "x");
    expect(at(1).shape).not.toBe(at(2).shape);
  });

  it("describes the graph in words, its text alternative", () => {
    const text = graphDescription(explain(sharedNodes(parse("x * sin(x) + x")), { x: 2 }));
    expect(text).toMatch(/^Computational graph, 4 nodes\. n1: x, value 2, grad 1\.077, the sum over its 3 uses\. /);
    expect(text).toContain("n4 = n3 + n1, value 3.81859, grad 1.");
  });
});
