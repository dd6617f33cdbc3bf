import { describe, expect, it } from "vitest";
import { derivationSteps, parse } from "../../src/index.js";

const derivative = (formula: string, wrt = "x"): string => parse(formula).derivative(wrt).toString();

describe("e^u is the exponential: log(e) is 1, log(e^u) is u", () => {
  it("d/dx e^x is e ^ x, with no log(e) factor", () => {
    expect(derivative("e^x")).toBe("e ^ x");
  });
  it("x e^(-x) and the logistic 1 / (1 + e^(-x)) differentiate without log(e)", () => {
    expect(derivative("x*e^(-x)")).toBe("e ^ (-x) - e ^ (-x) * x");
    expect(derivative("1/(1+e^(-x))")).toBe("e ^ (-x) / (e ^ (-x) + 1) ^ 2");
  });
  it("e^(2x) gives 2 e^(2x), as exp(2x) gives 2 exp(2x)", () => {
    expect(derivative("e^(2*x)")).toBe("2 * e ^ (2 * x)");
    expect(derivative("exp(2*x)")).toBe("2 * exp(2 * x)");
  });
  it("log(e) simplifies to 1 and log(e^u) to u", () => {
    expect(parse("log(e)").simplify().toString()).toBe("1");
    expect(parse("log(e^(x + 1))").simplify().toString()).toBe("x + 1");
    expect(parse("log(exp(x))").simplify().toString()).toBe("x");
  });
  it("the value is unchanged: d/dx e^x at 1.5 is e^1.5", () => {
    expect(parse("e^x").derivative("x").eval({ x: 1.5 })).toBeCloseTo(Math.exp(1.5), 12);
    expect(parse("e^x").diff({ x: 1.5 }, "x")).toBeCloseTo(Math.exp(1.5), 12);
  });
  it("the derivation of e^x ends in e ^ x, as the playground and autodiff steps show it", () => {
    const steps = derivationSteps(parse("e^x"), "x");
    expect(steps.at(-1)!.result.toString()).toBe("e ^ x");
    expect(steps.every((step) => !step.result.toString().includes("log(e)"))).toBe(true);
  });
});
