import { describe, expect, it } from "vitest";
import { type Expression, explain, parse, variable } from "../../src/index.js";
import { sharedNodes } from "../../playground/src/sharedNodes.js";

// The playground's graph (issue 22): one node per variable and per repeated part, each node's grad the sum over
// its uses. Checked here in Node, without a browser: the page only draws what explain gives for sharedNodes(e).

describe("sharedNodes: the playground's graph as a DAG", () => {
  it("x * sin(x) + x has one leaf for x, whose grad is sin(x) + x cos(x) + 1, summed over its 3 uses", () => {
    const { steps, gradient } = explain(sharedNodes(parse("x * sin(x) + x")), { x: 2 });
    const leaves = steps.filter((step) => step.kind === "variable");
    expect(leaves.map((step) => step.operation)).toEqual(["x"]);
    const slope = Math.sin(2) + 2 * Math.cos(2) + 1;
    expect(leaves[0]!.adjoint).toBeCloseTo(slope, 12);
    expect(leaves[0]!.contributions).toHaveLength(3);
    expect(gradient.x).toBeCloseTo(slope, 12);
  });

  it("a repeated part is one node used twice: sin(x) in sin(x) * exp(sin(x))", () => {
    const { steps } = explain(sharedNodes(parse("sin(x) * exp(sin(x))")), { x: 1 });
    expect(steps.map((step) => step.operation)).toEqual(["x", "sin(n1)", "exp(n2)", "n2 * n3"]);
    expect(steps[1]!.contributions.map((c) => c.from)).toEqual([4, 3]);
  });

  it.each([
    "x * y + sin(x)",
    "(x*w - y)^2",
    "x*x - x",
    "sin(x)*exp(-x^2/2)",
    "tanh(x1 * w1 + x2 * w2 + b) * tanh(x1 * w1 + x2 * w2 + b)",
    "leakyRelu(x, 0.1) + leakyRelu(x, 0.2) + leakyRelu(x)",
    "log(x, 2) + log(x) + 2^x + x^2",
  ])("%s: the same value and gradient as the formula as written", (formula) => {
    const expression = parse(formula);
    const env = Object.fromEntries(expression.variables().map((name, k) => [name, 0.7 + 0.3 * k]));
    const shared = explain(sharedNodes(expression), env);
    const written = explain(expression, env);
    expect(shared.value).toBeCloseTo(written.value, 12);
    for (const [name, partial] of Object.entries(written.gradient))
      expect(shared.gradient[name]).toBeCloseTo(partial, 12);
    // never more nodes than the tree; one leaf per variable
    expect(shared.steps.length).toBeLessThanOrEqual(written.steps.length);
    expect(shared.steps.filter((step) => step.kind === "variable")).toHaveLength(expression.variables().length);
  });

  it("parts that differ only in a leaky relu's slope stay apart", () => {
    const { steps } = explain(sharedNodes(parse("leakyRelu(x, 0.1) + leakyRelu(x, 0.2)")), { x: -1 });
    expect(steps.filter((step) => step.kind === "function")).toHaveLength(2);
  });

  it("a sum of 20,000 terms (a chain that deep) is shared without a stack overflow", () => {
    // built through the API, each term with its own x: parsing 20,000 terms would be most of the test's time
    let sum: Expression = variable("x").mul(0);
    for (let k = 1; k < 20_000; k++) sum = sum.add(variable("x").mul(k % 7));
    const { steps } = explain(sharedNodes(sum), { x: 1 });
    expect(steps.length).toBe(1 + 7 + 7 + 19_999);
  });
});
