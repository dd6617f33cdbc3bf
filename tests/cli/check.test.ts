import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

interface Partial {
  variable: string;
  reverse: number;
  numeric: number;
  agree: boolean;
}

describe.concurrent("autodiff check", () => {
  it("every partial of x^y agrees with central differences, exit 0", async () => {
    const run = await runCli(["check", "x^y", "--at", "x=2,y=3"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/df\/dx +12 +12 +12 +\S+ +yes/);
    expect(run.stdout).toContain("all 2 partial derivatives agree");
  });

  it("--json: partials with reverse, forward, numeric and agree", async () => {
    const { json } = await runJson(["check", "sin(x) * y", "--at", "x=1,y=2"]);
    expect(json.agree).toBe(true);
    const partials = json.partials as Partial[];
    expect(partials.map((p) => p.variable)).toEqual(["x", "y"]);
    expect(partials[0]!.numeric).toBeCloseTo(2 * Math.cos(1), 8);
  });

  it("at a kink (relu at 0) it says which partial disagrees and exits 1", async () => {
    const run = await runCli(["check", "relu(x)", "--at", "x=0"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/df\/dx .* NO/);
    expect(run.stdout).toMatch(/disagree: x/);
  });
});
