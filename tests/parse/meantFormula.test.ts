import { describe, expect, it } from "vitest";
import { ParseError, parse } from "../../src/index.js";
import { meantAbs, meantCall, meantFunction, meantPowerOfCall } from "../../src/parse/meantFormula.js";

/** The ParseError parse throws for `formula`. */
function parseError(formula: string): ParseError {
  try {
    parse(formula);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error(`${formula} parsed`);
}

describe("what the student meant, as a formula to type instead", () => {
  it("sin^2(x) is sin(x)^2", () => {
    expect(meantPowerOfCall("sin^2(x)", 0, "sin")).toBe("sin(x)^2");
    expect(meantPowerOfCall("1 + cos^2(2*x)", 4, "cos")).toBe("1 + cos(2*x)^2");
  });
  it("sin x is sin(x), sin 2x is sin(2x)", () => {
    expect(meantCall("sin x", 0, "sin")).toBe("sin(x)");
    expect(meantCall("sin 2x + 1", 0, "sin")).toBe("sin(2x) + 1");
  });
  it("|x| is abs(x), for every pair of bars", () => {
    expect(meantAbs("|x|", 0)).toBe("abs(x)");
    expect(meantAbs("|x - 1| + |(x)|", 0)).toBe("abs(x - 1) + abs((x))");
    expect(meantAbs("|x", 0)).toBeUndefined();
  });
  it("an unknown function near a supported one: sigmod(x) is sigmoid(x)", () => {
    expect(meantFunction("sigmod(x + 1) * 2", 0, "sigmod")).toBe("sigmoid(x + 1) * 2");
    expect(meantFunction("gamma(x)", 0, "gamma")).toBeUndefined();
  });
});

describe("parse puts it in the ParseError, with the position", () => {
  it.each([
    ["sin^2(x)", 0, "sin(x)^2"],
    ["|x|", 0, "abs(x)"],
    ["x + sigmod(x)", 4, "x + sigmoid(x)"],
  ])("%s", (formula, position, suggestion) => {
    const error = parseError(formula);
    expect(error.position).toBe(position);
    expect(error.suggestion).toBe(suggestion);
  });
  it("ln10(x) is log10(x), or log(x, 10) where log10 is not supported", () => {
    expect(parseError("ln10(x)").suggestion).toMatch(/^(log10\(x\)|log\(x, 10\))$/);
  });
});
