import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

describe.concurrent("autodiff latex", () => {
  it("prints LaTeX of the formula", async () => {
    const run = await runCli(["latex", "sin(x) / 2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\\frac\{.*\\sin.*\}\{2\}/);
  });

  it("--wrt prints LaTeX of the derivative; --json has expression, wrt, derivative and latex", async () => {
    const { code, json } = await runJson(["latex", "x^3", "--wrt", "x"]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ expression: "x ^ 3", wrt: "x", order: 1, derivative: "3 * x ^ 2" });
    expect(json.latex).toMatch(/3.*x\^\{?2\}?/);
  });
});

describe.concurrent("autodiff latex usage errors", () => {
  it("--order without --wrt is a usage error, exit 2", async () => {
    const run = await runCli(["latex", "x^3", "--order", "2"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^error: --order 2 needs --wrt.*\nhint: add --wrt x/);
  });

  it("a repeated --wrt is a usage error, not the last one winning", async () => {
    const run = await runCli(["latex", "x*y", "--wrt", "x", "--wrt", "y"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: --wrt is given twice \(--wrt x and --wrt y\)/);
  });
});
