import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

describe.concurrent("autodiff grad", () => {
  it("prints the value and every partial", async () => {
    const run = await runCli(["grad", "x*y + sin(x)", "--at", "x=1,y=2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("f = x * y + sin(x)  at x = 1, y = 2\nf = 2.841470985\ndf/dx = 2.540302306\ndf/dy = 1\n");
  });

  it("--json: expression, at, value and gradient keyed by variable", async () => {
    const { json } = await runJson(["grad", "loss = (x*w - y)^2", "--at", "x=1", "--at", "w=1", "--at", "y=2"]);
    expect(Object.keys(json)).toEqual(["expression", "at", "value", "gradient"]);
    expect(json.value).toBe(1);
    expect(json.gradient).toEqual({ w: -2, x: -2, y: 2 });
  });

  it("a missing variable is named, exit 1", async () => {
    const run = await runCli(["grad", "x*y", "--at", "x=1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no value for variable "y" (--at gave: x)');
  });
});
