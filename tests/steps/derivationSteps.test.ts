import { describe, expect, it } from "vitest";
import { derivationSteps, parse } from "../../src/index.js";
import { unaryKinds, binaryKinds } from "../support/nodeKinds.js";
import { expectSame } from "../support/oracle.js";
import { variable, type Expression } from "../../src/index.js";

const rules = (formula: string, wrt = "x"): string[] => derivationSteps(parse(formula), wrt).map((s) => s.rule);

describe("derivationSteps", () => {
  it("x^2 sin(x): product, power, trig, then the canonical result", () => {
    const steps = derivationSteps(parse("x^2*sin(x)"), "x");
    expect(steps.map((s) => s.rule)).toEqual(["product", "power", "trig", "result"]);
    expect(steps.map((s) => s.depth)).toEqual([0, 1, 1, 0]);
    expect(steps.at(-1)!.result.toString()).toBe("x ^ 2 * cos(x) + 2 * x * sin(x)");
    expect(steps[1]!.expression.toString()).toBe("x ^ 2");
    expect(steps[1]!.result.toString()).toBe("2 * x");
  });
  it("a function of something other than x is a chain step, its outer rule, then the inner derivation", () => {
    const steps = derivationSteps(parse("sin(x^2)"), "x");
    expect(steps.map((s) => [s.rule, s.depth])).toEqual([
      ["chain", 0],
      ["trig", 1],
      ["power", 1],
      ["result", 0],
    ]);
    expect(steps[1]!.result.toString()).toBe("cos(x ^ 2)");
  });
  it("names the sum, difference, constant multiple, quotient, exp and log rules", () => {
    expect(rules("3*x + exp(x) - log(x)/x")).toEqual([
      "difference",
      "sum",
      "constant multiple",
      "variable",
      "exp",
      "quotient",
      "log",
      "variable",
      "result",
    ]);
  });
  it("a constant part is a constant step; other variables are constants", () => {
    expect(rules("x*y + 2", "x")).toEqual(["sum", "constant multiple", "variable", "result"]);
    expect(rules("y", "x")).toEqual(["constant", "result"]);
  });
  it("covers every node kind: each step's result is that sub-expression's derivative", () => {
    const x = variable("x");
    const kinds: [string, (u: Expression) => Expression][] = [
      ...unaryKinds,
      ...binaryKinds.map(([n, f]): [string, (u: Expression) => Expression] => [n, (u) => f(u, x.add(2))]),
    ];
    // x^2 + 1 = 1.49 is inside acosh's and asec's domain, x / 2 = 0.35 inside asin's and atanh's
    for (const inner of [x.mul(x).add(1), x.mul(0.5)])
      for (const [name, build] of kinds) {
        const e = build(inner);
        const steps = derivationSteps(e, "x");
        expect(steps.length, name).toBeGreaterThanOrEqual(2);
        for (const step of steps) expect(step.description.length, name).toBeGreaterThan(10);
        const last = steps.at(-1)!;
        expect(last.rule).toBe("result");
        const at = { x: 0.7 };
        expectSame(last.result.eval(at), e.diff(at, "x"));
      }
  });
  it("refuses a formula too large to read step by step", () => {
    expect(() => derivationSteps(parse(Array.from({ length: 300 }, (_, i) => `sin(${i}*x)`).join(" + ")), "x")).toThrow(
      /at most 500/,
    );
  });
});
