import { describe, expect, it } from "vitest";
import { UnaryFunction, derivationSteps, exp, variable, type Build, type Expression } from "../../src/index.js";
import { keepsFinite } from "../../src/compile/keepsFinite.js";
import { expectAgreesWithCentralDifferences, grid } from "../support/oracle.js";

/** A function with ordinary printing needs no table rows: these two are their node files alone. */
class Expm1 extends UnaryFunction {
  readonly name = "expm1";
  compute(u: number): number {
    return Math.expm1(u);
  }
  // d/du (e^u - 1) = e^u
  outer(u: number): number {
    return Math.exp(u);
  }
  outerDerivative(): Expression {
    return exp(this.operand);
  }
}

class Log1p extends UnaryFunction {
  readonly name = "log1p";
  compute(u: number): number {
    return Math.log1p(u);
  }
  // d/du ln(1 + u) = 1 / (1 + u)
  outer(u: number): number {
    return 1 / (1 + u);
  }
  outerDerivative({ num, add, div }: Build): Expression {
    return div(num(1), add(num(1), this.operand));
  }
}

const x = variable("x");

describe("the tables' defaults serve a function that has no rows", () => {
  const f = new Expm1(x.mul(x));
  const g = new Log1p(x.mul(2));

  it("text: its own name", () => expect(f.toString()).toBe("expm1(x * x)"));
  it("LaTeX: \\operatorname{name}", () => expect(g.toLatex()).toBe("\\operatorname{log1p}\\left(x \\cdot 2\\right)"));
  it("derivative: the chain rule on its outer derivative", () => {
    expect(f.derivative("x").toString()).toBe("2 * x * exp(x ^ 2)");
    expect(expectAgreesWithCentralDifferences(f.add(g), grid([-0.4, -0.2, 0.3, 2]))).toBe(4);
  });
  it("JavaScript: Math.name for the value, the outer derivative written out for the slope", () => {
    const h = f.add(g);
    const compiled = h.compile({ variables: ["x"], gradient: true });
    const gradient = new Float64Array(1);
    for (const at of [-0.3, 0.4, 1.7]) {
      expect(compiled.valueAndGradient!([at], gradient)).toBeCloseTo(h.eval({ x: at }), 14);
      expect(gradient[0]).toBeCloseTo(h.diff({ x: at }, "x"), 12);
    }
    expect(compiled.source).toContain("Math.expm1(");
    expect(compiled.source).toContain("Math.log1p(");
  });
  it("finiteness: not assumed (the compiler keeps its guards)", () =>
    expect(keepsFinite(Expm1, undefined)).toBe(false));
  it("derivation steps: a sentence from its outer derivative", () => {
    const step = derivationSteps(new Expm1(x), "x")[0]!;
    expect(step.rule).toBe("expm1");
    expect(step.description).toBe("expm1: d/du expm1(u) = exp(u).");
  });
});
