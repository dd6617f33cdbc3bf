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
