import { describe, expect, it } from "vitest";
import * as gradkit from "../../src/index.js";
import { parse } from "../../src/index.js";
import { derivationRows, derivationSteps, MAX_STEPS } from "../../playground/src/derivationSteps.js";
import type { DerivationStep } from "../../src/index.js";

describe("the playground's step-by-step derivation panel", () => {
  it("is the engine's own derivationSteps", () => {
    expect(derivationSteps).toBe(gradkit.derivationSteps);
  });

  it("shows each step indented by depth, with d/dx [expression] = result typeset", () => {
    // the agreed interface, filled in by hand for d/dx sin(x^2)
    const steps: DerivationStep[] = [
      {
        rule: "chain",
        description: "Differentiate the outer sin, times the inner derivative.",
        expression: parse("sin(x^2)"),
        result: parse("cos(x^2) * 2x"),
        depth: 0,
      },
      {
        rule: "power",
        description: "Bring the exponent down.",
        expression: parse("x^2"),
        result: parse("2x"),
        depth: 1,
      },
    ];
    const rows = derivationRows(steps, "x");
    expect(rows.map((row) => [row.depth, row.rule])).toEqual([
      [0, "chain"],
      [1, "power"],
    ]);
    expect(rows[1]!.tex).toBe(
      `\\frac{\\partial}{\\partial x}\\left[${parse("x^2").toLatex()}\\right] = ${parse("2x").toLatex()}`,
    );
    expect(derivationRows(steps, "x1")[0]!.tex).toContain("\\partial x_{1}");
  });

  it("writes a chain rule's outer step as f'(u) = ..., since its result is the outer derivative", () => {
    const whole = parse("sin(x^2)");
    const steps: DerivationStep[] = [
      {
        rule: "chain",
        description: "Chain rule, with u = x ^ 2.",
        expression: whole,
        result: parse("cos(x^2) * 2x"),
        depth: 0,
      },
      { rule: "trig", description: "d/du sin(u) = cos(u).", expression: whole, result: parse("cos(x^2)"), depth: 1 },
      { rule: "power", description: "Power rule.", expression: parse("x^2"), result: parse("2x"), depth: 1 },
    ];
    const rows = derivationRows(steps, "x");
    expect(rows[1]!.tex).toBe(`f'(u) = ${parse("cos(x^2)").toLatex()}`);
    expect(rows[0]!.tex.startsWith("\\frac{\\partial}{\\partial x}")).toBe(true);
    expect(rows[2]!.tex.startsWith("\\frac{\\partial}{\\partial x}")).toBe(true);
  });

  it(`keeps at most ${MAX_STEPS} rows`, () => {
    const step: DerivationStep = {
      rule: "sum",
      description: "Add.",
      expression: parse("x"),
      result: parse("1"),
      depth: 0,
    };
    expect(derivationRows(new Array<DerivationStep>(500).fill(step), "x")).toHaveLength(MAX_STEPS);
  });

  it("renders the engine's own derivation of a product", () => {
    const steps = derivationSteps(parse("x * sin(x)"), "x");
    const rows = derivationRows(steps, "x");
    expect(rows.length).toBe(Math.min(steps.length, MAX_STEPS));
    expect(rows.every((row) => row.rule !== "" && row.tex.includes("="))).toBe(true);
  });
});
