import { describe, expect, it } from "vitest";
import { parseFormula } from "../../src/cli/formulaInput.js";
import { formulaText } from "../../src/cli/formulaArgument.js";
import { diffCommand } from "../../src/cli/commands/diffCommand.js";
import { checkCommand } from "../../src/cli/commands/checkCommand.js";
import { stepsCommand } from "../../src/cli/commands/stepsCommand.js";
import { CliError } from "../../src/cli/CliError.js";
import { adaptiveDerivative } from "../../src/index.js";

const formula = (text: string) => parseFormula(formulaText(text, undefined));

describe("autodiff diff: issue 10's examples", () => {
  it("--order 2 of x^2 sin(x) is SymPy-like", () => {
    expect(diffCommand(formula("x^2*sin(x)"), undefined, 2, undefined).text).toBe(
      "d^2/dx^2 (x ^ 2 * sin(x)) = 4 * x * cos(x) - x ^ 2 * sin(x) + 2 * sin(x)",
    );
  });
  it("log(exp(x)) at 710 is 1, and says the formula as written overflows there", () => {
    const { text, json } = diffCommand(formula("log(exp(x))"), undefined, 1, { x: 710 });
    expect(json.derivativeValue).toBe(1);
    expect(text).toMatch(/note: the formula as written passes through exp\(x\) = Infinity/);
  });
  it("refuses a point where f is undefined: log(x) at -1", () => {
    expect(() => diffCommand(formula("log(x)"), undefined, 1, { x: -1 })).toThrow(
      /the value of the formula is not a finite number \(NaN\)/,
    );
  });
  it("--order beyond the size budget stops with an error naming the limit", () => {
    const started = performance.now();
    let error: unknown;
    try {
      diffCommand(formula("sigmoid(x)"), undefined, 25, undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/over the limit of 5,000/);
    expect((error as CliError).hint).toMatch(/--order \d+ or lower/);
    expect(performance.now() - started).toBeGreaterThan(0);
  });
  it("a large derivative prints shared parts once under names", () => {
    const product = Array.from({ length: 30 }, (_, i) => `(x + ${i + 1})`).join(" * ");
    const { text, json } = diffCommand(formula(product), undefined, 1, undefined);
    expect(text).toMatch(/\nwhere\n {2}u1 = /);
    expect(Object.keys(json.where as object).length).toBeGreaterThan(5);
    expect(text.length).toBeLessThan(20_000);
  });
  it("equal parts built apart are named once, as SymPy's cse: 1 - sigmoid(x) in the 10th derivative", () => {
    const { text } = diffCommand(formula("sigmoid(x)"), undefined, 10, undefined);
    const definitions = text
      .split("\nwhere\n")[1]!
      .split("\n")
      .map((line) => line.split(" = ")[1]);
    expect(definitions.filter((definition) => definition === "1 - u1")).toHaveLength(1);
    expect(new Set(definitions).size).toBe(definitions.length);
  });
  it("x*x*...*x with 20,000 factors: 20000 * x ^ 19999, no RangeError", () => {
    const text = diffCommand(
      formula(Array.from({ length: 20_000 }, () => "x").join("*")),
      undefined,
      1,
      undefined,
    ).text;
    expect(text).toMatch(/= 20000 \* x \^ 19999$/);
  });
});

describe("autodiff check: Ridders' extrapolation", () => {
  it.each([
    ["sin(x)", 1000],
    ["log(x)", 1e-3],
    ["1/x", 0.001],
    ["exp(x)", 500],
    ["sqrt(x)", 1e-6],
  ])("%s at %s agrees", (text, x) => {
    expect(checkCommand(formula(text), { x }).json.agree).toBe(true);
  });
  it("blames a kink only where there is one: relu at 0", () => {
    const { text, exitCode } = checkCommand(formula("relu(x)"), { x: 0 });
    expect(exitCode).toBe(1);
    expect(text).toMatch(/a kink or jump: the slope from the left is 0, from the right 1/);
  });
  it("agreeing at a kink is named, not passed in silence: abs at 0", () => {
    const { text, exitCode, json } = checkCommand(formula("abs(x)"), { x: 0 });
    expect(exitCode).toBe(0);
    expect(text).toMatch(/note: x: a kink here: the slope from the left is -1, from the right 1/);
    expect((json.partials as { kink?: { left: number } }[])[0]!.kink!.left).toBeCloseTo(-1, 6);
  });
  it("no kink note where f is smooth", () => {
    expect(checkCommand(formula("abs(x)"), { x: 2 }).text).not.toMatch(/kink/);
  });
  it("one-sided at a domain edge: sqrt(x) at 1e-7 from the right", () => {
    const estimate = adaptiveDerivative(Math.sqrt, 1e-7)!;
    expect(estimate.value).toBeCloseTo(0.5 / Math.sqrt(1e-7), 3);
  });
});

describe("autodiff steps", () => {
  it("text: numbered, indented, ending in the derivative", () => {
    const { text } = stepsCommand(formula("x^2*sin(x)"), "x", "text");
    expect(text.split("\n")[0]).toBe("1. Product rule: (u v)' = u' v + u v'.");
    expect(text).toMatch(/\n {3}2\. Power rule/);
    expect(text.trimEnd().split("\n").at(-1)).toBe("   d/dx (x ^ 2 * sin(x)) = x ^ 2 * cos(x) + 2 * x * sin(x)");
  });
  it("LaTeX: an align* environment, one row per step", () => {
    const { text } = stepsCommand(formula("sin(x^2)"), undefined, "latex");
    expect(text.startsWith("\\begin{align*}")).toBe(true);
    expect(text).toContain("\\text{chain rule}");
    expect(text.split("\\\\").length).toBe(4);
  });
  it("JSON: one object per step with rule, description, expression, result, depth", () => {
    const { json } = stepsCommand(formula("exp(2*x)"), undefined, "text");
    const steps = json.steps as { rule: string; depth: number; result: string }[];
    expect(steps.map((s) => s.rule)).toEqual(["chain", "exp", "constant multiple", "variable", "result"]);
    expect(json.derivative).toBe("2 * exp(2 * x)");
  });
});
