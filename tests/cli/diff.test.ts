import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

describe.concurrent("autodiff diff", () => {
  it("prints the simplified derivative and its value at --at", async () => {
    const run = await runCli(["diff", "x^2 * sin(x)", "--wrt", "x", "--at", "x=2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("d/dx (x ^ 2 * sin(x)) = x ^ 2 * cos(x) + 2 * x * sin(x)\nat x = 2: 1.972602361\n");
  });

  it("--json: expression, wrt, order, derivative, at and derivativeValue", async () => {
    const { code, json } = await runJson(["diff", "x^2 * sin(x)", "--wrt", "x", "--at", "x=2"]);
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(["expression", "wrt", "order", "derivative", "at", "derivativeValue"]);
    expect(json).toMatchObject({
      expression: "x ^ 2 * sin(x)",
      wrt: "x",
      order: 1,
      derivative: "x ^ 2 * cos(x) + 2 * x * sin(x)",
      at: { x: 2 },
    });
    expect(json.derivativeValue as number).toBeCloseTo(4 * Math.sin(2) + 4 * Math.cos(2), 12);
  });

  it("--order 2 differentiates twice: x^3 gives 6 * x, 12 at x = 2", async () => {
    const { json } = await runJson(["diff", "x^3", "--order", "2", "--at", "x=2"]);
    expect(json).toMatchObject({ wrt: "x", order: 2, derivative: "6 * x" });
    expect(json.derivativeValue as number).toBeCloseTo(12, 12);
  });

  it("--wrt defaults to the only variable; without --at there is no value", async () => {
    const { json } = await runJson(["diff", "x^2"]);
    expect(json).toEqual({ expression: "x ^ 2", wrt: "x", order: 1, derivative: "2 * x" });
  });

  it('differentiates a formula starting with "-" given after --, with options after it', async () => {
    const { code, json } = await runJson(["diff", "--", "-x^2", "--wrt", "x", "--at", "x=3"]);
    expect(code).toBe(0);
    expect(json.derivativeValue as number).toBeCloseTo(-6, 12);
  });

  it("asks which variable when there are several, exit 2", async () => {
    const run = await runCli(["diff", "x*y"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: which variable\? the formula has x, y\nhint: add --wrt x/);
  });

  it("rejects --order 0 and --wrt of a variable the formula lacks, exit 2", async () => {
    expect((await runCli(["diff", "x^2", "--order", "0"])).code).toBe(2);
    const run = await runCli(["diff", "x^2", "--wrt", "z"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no variable "z" \(it has: x\)/);
  });

  it("a derivative that is not finite at --at says so, exit 1", async () => {
    const run = await runCli(["diff", "sqrt(x)", "--at", "x=0"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: the derivative d\/dx is not a finite number \(Infinity\) at x = 0/);
  });
});

describe.concurrent("autodiff diff usage errors", () => {
  it("a repeated --wrt is a usage error, exit 2", async () => {
    const run = await runCli(["diff", "x*y", "--wrt", "x", "--wrt", "y", "--json"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { kind: "CliError", exitCode: 2 } });
    expect(run.stderr).toMatch(/^error: --wrt is given twice/);
  });

  it('"e^x" differentiates to e ^ x, with no log(e) factor (issue 21)', async () => {
    const run = await runCli(["diff", "e^x"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("d/dx (e ^ x) = e ^ x\n");
  });

  it('"2xy" --wrt y suggests 2*x*y, not --wrt xy (issue 21)', async () => {
    const run = await runCli(["diff", "2xy", "--wrt", "y"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: --wrt y: the formula has no variable "y" (it has: xy)\n' +
        "hint: a name of several letters is one variable; did you mean 2*x*y?\n",
    );
  });

  it.each([
    ["sin^2(x)", "sin(x)^2"],
    ["|x|", "abs(x)"],
    ["sigmod(x)", "sigmoid(x)"],
  ])("%s: one error line with a caret, one hint: did you mean %s?", async (formula, meant) => {
    const run = await runCli(["diff", formula]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: .* at 0/);
    expect(run.stderr.endsWith(`hint: did you mean ${meant}?\n`)).toBe(true);
    expect(run.stderr.split("\n").filter((line) => /^(error|hint):/.test(line))).toHaveLength(2);
  });

  it('"ln10(x)" suggests log10(x) (or log(x, 10))', async () => {
    const run = await runCli(["diff", "ln10(x)"]);
    expect(run.stderr).toMatch(/hint: did you mean (log10\(x\)|log\(x, 10\))\?\n$/);
  });

  it.each([
    ["sqrt(x)", "d/dx (sqrt(x)) = 1 / (2 * sqrt(x))"],
    ["x^(1/3)", "d/dx (x ^ (1 / 3)) = 1 / (3 * x ^ (2 / 3))"],
    ["x^(-1/2)", "d/dx (x ^ (-1 / 2)) = -1 / (2 * x ^ (3 / 2))"],
    ["0.5*x^2", "d/dx (0.5 * x ^ 2) = x"],
  ])('"%s" prints its derivative with fractions, never 0.3333333333333333 (issue 21)', async (formula, printed) => {
    const run = await runCli(["diff", formula]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${printed}\n`);
  });
});
