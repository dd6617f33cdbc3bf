import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Constant, type Expression, LeakyRelu, Step, constant, parse, toLatex, variable } from "../../src/index.js";

describe("toLatex", () => {
  it.each<[string, string]>([
    ["x^2 / 2 + sin(x)", "\\frac{x^{2}}{2} + \\sin\\left(x\\right)"],
    ["(x + 1) / (x - 1)", "\\frac{x + 1}{x - 1}"],
    ["(x / 2) ^ 2", "\\left(\\frac{x}{2}\\right)^{2}"],
    ["sin(x) ^ 2", "\\left(\\sin\\left(x\\right)\\right)^{2}"],
    ["exp(-x^2)", "e^{-x^{2}}"],
    ["log(x) + ln(y)", "\\ln\\left(x\\right) + \\ln\\left(y\\right)"],
    ["2x + 3 * 4", "2 x + 3 \\cdot 4"],
    ["2 x^2", "2 x^{2}"],
    ["x * (y + 1)", "x \\cdot \\left(y + 1\\right)"],
    ["x - (y + z)", "x - \\left(y + z\\right)"],
    ["x - -y", "x - \\left(-y\\right)"],
    ["-(x + 1)", "-\\left(x + 1\\right)"],
    ["x ^ y ^ z", "x^{y^{z}}"],
    ["(x ^ y) ^ z", "\\left(x^{y}\\right)^{z}"],
    ["sigmoid(w1 * x + b)", "\\sigma\\left(w_{1} \\cdot x + b\\right)"],
    [
      "relu(x) + leakyRelu(x, 0.1)",
      "\\operatorname{ReLU}\\left(x\\right) + \\operatorname{LeakyReLU}\\left(x, 0.1\\right)",
    ],
    ["sqrt(x) + abs(x)", "\\sqrt{x} + \\left|x\\right|"],
    ["2 pi * e", "2 \\pi \\cdot e"],
    ["x_0 + m12 + yint + theta + x_max", "x_{0} + m_{12} + \\mathrm{yint} + \\theta + x_{\\mathrm{max}}"],
    ["1e-7 * x + 1.5e21", "10^{-7} \\cdot x + 1.5 \\cdot 10^{21}"],
    ["tanh(x) * cos(x) / tan(x)", "\\frac{\\tanh\\left(x\\right) \\cdot \\cos\\left(x\\right)}{\\tan\\left(x\\right)}"],
    ["sign(x) * linear(x)", "\\operatorname{sgn}\\left(x\\right) \\cdot \\operatorname{linear}\\left(x\\right)"],
  ])("%s", (formula, latex) => {
    expect(toLatex(parse(formula))).toBe(latex);
    expect(parse(formula).toLatex()).toBe(latex);
  });

  it("nodes parse cannot produce: step, Infinity, NaN", () => {
    const x = variable("x");
    expect(toLatex(new Step(x))).toBe("\\operatorname{step}\\left(x\\right)");
    expect(toLatex(x.add(Number.NEGATIVE_INFINITY))).toBe("x + \\left(-\\infty\\right)");
    expect(toLatex(constant(Number.NaN))).toBe("\\mathrm{NaN}");
    expect(toLatex(new LeakyRelu(x, -0.5))).toBe("\\operatorname{LeakyReLU}\\left(x, -0.5\\right)");
  });

  it("a shared subtree is printed at each use", () => {
    const s = parse("x + 1");
    expect(toLatex(s.mul(s))).toBe("\\left(x + 1\\right) \\cdot \\left(x + 1\\right)");
  });

  it("works without recursion on a chain 100,000 deep", () => {
    let e: Expression = variable("x");
    for (let i = 0; i < 100_000; i++) e = e.add(i % 2 === 0 ? variable("y") : new Constant(Math.PI, "pi"));
    const latex = toLatex(e);
    expect(latex.startsWith("x + y + \\pi + y")).toBe(true);
  });

  test.prop([
    fc.array(fc.constantFrom("x", "2", "sin(x)", "x^2", "-y", "(x + 1)", "exp(x)", "1 / x"), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.array(fc.constantFrom(" + ", " - ", " * ", " / ", " ^ "), { minLength: 5, maxLength: 5 }),
  ])("brackets stay balanced and braces matched", (terms, ops) => {
    const formula = terms.map((t, i) => (i === 0 ? t : ops[i - 1]! + t)).join("");
    const latex = toLatex(parse(formula));
    expect(latex.split("\\left").length).toBe(latex.split("\\right").length);
    let depth = 0;
    for (const c of latex) {
      depth += c === "{" ? 1 : c === "}" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it("exact fractions print as textbook fractions: d/dx sqrt(x), x^(1/3), x^(-1/2)", () => {
    expect(parse("sqrt(x)").derivative("x").toLatex()).toBe("\\frac{1}{2 \\sqrt{x}}");
    expect(parse("x^(1/3)").derivative("x").toLatex()).toBe("\\frac{1}{3 x^{\\frac{2}{3}}}");
    expect(parse("x^(-1/2)").derivative("x").toLatex()).toBe("-\\frac{1}{2 x^{\\frac{3}{2}}}");
    expect(parse("(-1/2)^x").toLatex()).toBe("\\left(-\\frac{1}{2}\\right)^{x}");
  });
});
