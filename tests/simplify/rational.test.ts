import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { Rational, fraction, plus, power, rootPower, times } from "../../src/simplify/rational.js";

const derivative = (formula: string): string => parse(formula).derivative("x").toString();
const simplified = (formula: string): string => parse(formula).simplify().toString();

describe("exact numbers: fractions of whole numbers stay fractions, as SymPy's Rational", () => {
  it("d/dx sqrt(x) is 1 / (2 * sqrt(x))", () => expect(derivative("sqrt(x)")).toBe("1 / (2 * sqrt(x))"));
  it("d/dx x^(1/3) is 1 / (3 * x ^ (2 / 3))", () => expect(derivative("x^(1/3)")).toBe("1 / (3 * x ^ (2 / 3))"));
  it("d/dx x^(-1/2) is -1 / (2 * x ^ (3 / 2))", () => expect(derivative("x^(-1/2)")).toBe("-1 / (2 * x ^ (3 / 2))"));
  it("coefficients made of whole numbers print as fractions, never as 0.3333333333333333", () => {
    expect(derivative("x/3")).toBe("1 / 3");
    expect(derivative("x^3/6")).toBe("x ^ 2 / 2");
    expect(derivative("x*sqrt(x)")).toBe("3 * sqrt(x) / 2");
    expect(derivative("x^2/4 - x/3 + 1/2")).toBe("x / 2 - 1 / 3");
    expect(simplified("1/3 + 1/6")).toBe("1 / 2");
  });
  it("a decimal the user typed stays a decimal: 0.5 * x, 1.5 * sqrt(x)", () => {
    expect(simplified("0.5*x")).toBe("0.5 * x");
    expect(derivative("0.5*x^3")).toBe("1.5 * x ^ 2");
    expect(derivative("x^1.5")).toBe("1.5 * sqrt(x)");
  });
  it("roots that are exact are folded: sqrt(1/4) is 1 / 2, (1/8)^(2/3) is 1 / 4; sqrt(sqrt(x)) is x ^ (1 / 4)", () => {
    expect(simplified("sqrt(1/4)")).toBe("1 / 2");
    expect(simplified("(1/8)^(2/3)")).toBe("1 / 4");
    expect(simplified("sqrt(sqrt(x))")).toBe("x ^ (1 / 4)");
    expect(simplified("x^(1/3) * x^(2/3)")).toBe("x");
  });
  it("LaTeX prints the fraction: \\frac{1}{2 \\sqrt{x}}", () => {
    expect(parse("sqrt(x)").derivative("x").toLatex()).toBe("\\frac{1}{2 \\sqrt{x}}");
    expect(parse("x^(1/3)").derivative("x").toLatex()).toBe("\\frac{1}{3 x^{\\frac{2}{3}}}");
  });
  it("each result reads back as itself and is a simplify() fixed point; its value agrees with diff", () => {
    for (const formula of ["sqrt(x)", "x^(1/3)", "x^(-1/2)", "x^2/3 + x/7", "(x + 1)^(2/5) / 3"]) {
      const d = parse(formula).derivative("x");
      expect(parse(d.toString()).equals(d), formula).toBe(true);
      expect(d.simplify().toString(), formula).toBe(d.toString());
      expect(d.eval({ x: 0.7 }), formula).toBeCloseTo(parse(formula).diff({ x: 0.7 }, "x"), 12);
    }
  });
});

describe("Rational arithmetic", () => {
  it("fraction reduces and keeps the sign above the bar; a whole result is a plain number", () => {
    expect(fraction(6, -4)).toEqual(new Rational(-3, 2));
    expect(fraction(6, 3)).toBe(2);
  });
  it("1/3 + 1/6 = 1/2, 2/3 * 3/4 = 1/2, (2/3)^-2 = 9/4", () => {
    expect(plus(new Rational(1, 3), new Rational(1, 6))).toEqual(new Rational(1, 2));
    expect(times(new Rational(2, 3), new Rational(3, 4))).toEqual(new Rational(1, 2));
    expect(power(new Rational(2, 3), -2)).toEqual(new Rational(9, 4));
    expect(power(2, -1)).toEqual(new Rational(1, 2));
  });
  it("a float met anywhere makes a float: 0.5 + 1/3", () => {
    expect(plus(0.5, new Rational(1, 3))).toBeCloseTo(5 / 6, 15);
    expect(times(new Rational(1, 3), 1.5)).toBe(0.5);
  });
  it("past the safe integers the result falls back to a float", () => {
    expect(typeof times(new Rational(1, 2 ** 40), new Rational(1, 2 ** 40 + 1))).toBe("number");
    expect(typeof power(3, -40)).toBe("number");
  });
  it("exact roots: 4^(1/2) = 2, (8/27)^(2/3) = 4/9; 2^(1/2) is not exact", () => {
    expect(rootPower(4, new Rational(1, 2))).toBe(2);
    expect(rootPower(new Rational(8, 27), new Rational(2, 3))).toEqual(new Rational(4, 9));
    expect(rootPower(2, new Rational(1, 2))).toBeUndefined();
  });
});
