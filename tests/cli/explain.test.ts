import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

const WORKED = ["explain", "loss = (x*w - y)^2", "--at", "x=1,w=1,y=2"];

interface Step {
  label: string;
  operation: string;
  value: number;
  local: (number | null)[];
  adjoint: number | null;
}

describe.concurrent("autodiff explain", () => {
  it("the worked example: one row per node in evaluation order, loss 1, dloss/dw = -2", async () => {
    const run = await runCli([...WORKED, "--wrt", "w"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("loss = (x * w - y) ^ 2   at x = 1, w = 1, y = 2");
    // a legend says what each column means
    expect(run.stdout).toMatch(/value +the node's value/);
    expect(run.stdout).toMatch(/adjoint +dloss\/dnode/);
    const header = lines.findIndex((line) => line.startsWith("node "));
    const rows = lines.slice(header + 1, header + 8).map((line) => line.split(/ {2,}/));
    expect(rows.map((row) => row[0])).toEqual(["n1", "n2", "n3", "n4", "n5", "n6", "n7"]);
    expect(rows[4]).toEqual(["n5", "x * w - y", "n3 - n4", "-1", "dn5/dn3 = 1, dn5/dn4 = -1", "-2", "n7: 1 * -2"]);
    expect(rows[1]!.slice(0, 4)).toEqual(["n2", "w", "w", "1"]);
    expect(rows[1]![4]).toBe("-2");
    expect(run.stdout).toContain("\nloss = 1\n");
    expect(run.stdout).toMatch(/dloss\/dw = -2 +\(the adjoint of n2, the node for w\)/);
  });

  it("the columns are aligned", async () => {
    const lines = (await runCli(WORKED)).stdout.split("\n");
    const table = lines
      .slice(
        lines.findIndex((line) => line.startsWith("node ")),
        -1,
      )
      .filter((line) => /^n\d|^node/.test(line));
    const column = (line: string) => (line.indexOf(" value") >= 0 ? line.indexOf("value") : -1);
    const valueAt = column(table[0]!);
    for (const row of table.slice(1)) expect(row.slice(valueAt - 2, valueAt)).toBe("  ");
  });

  it("--json: steps with operation, value, local derivatives and adjoint", async () => {
    const { json } = await runJson([...WORKED, "--wrt", "w"]);
    expect(json).toMatchObject({
      expression: "(x * w - y) ^ 2",
      output: "loss",
      value: 1,
      wrt: "w",
      derivativeValue: -2,
      gradient: { w: -2, x: -2, y: 2 },
    });
    const steps = json.steps as Step[];
    expect(steps.map((s) => s.operation)).toEqual(["x", "w", "n1 * n2", "y", "n3 - n4", "2", "n5 ^ n6"]);
    expect(steps.map((s) => s.value)).toEqual([1, 1, 1, 2, -1, 2, 1]);
    expect(steps.map((s) => s.adjoint)).toEqual([-2, -2, -2, 2, -2, null, 1]);
    expect(steps[6]!.local).toEqual([-2, null]);
  });

  it("--format dot draws the graph with values and adjoints", async () => {
    const run = await runCli([...WORKED, "--format", "dot"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^digraph explain \{/);
    expect(run.stdout).toContain('n7 [label="n7 = n5 ^ n6\\nvalue = 1\\ndloss/dn7 = 1"');
    expect(run.stdout).toContain('n5 -> n7 [label="dn7/dn5 = -2"];');
  });

  it("--format mermaid draws the same graph", async () => {
    const run = await runCli([...WORKED, "--format", "mermaid", "--wrt", "w"]);
    expect(run.stdout).toMatch(/^flowchart LR\n/);
    expect(run.stdout).toContain('n2["n2: w<br/>value = 1<br/>dloss/dn2 = -2"]');
    expect(run.stdout).toContain("class n2 wrt;");
  });

  it("an unknown --format is a usage error", async () => {
    const run = await runCli([...WORKED, "--format", "png"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/text, dot, mermaid/);
  });
});

describe("autodiff explain on a large formula", () => {
  it("explains a sum of 64,000 terms (no stack overflow in the table)", async () => {
    const run = await runCli([
      "explain",
      Array.from({ length: 64_000 }, () => "x").join(" + "),
      "--at",
      "x=1",
      "--wrt",
      "x",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\nf = 64000\n");
    expect(run.stdout).toMatch(/df\/dx = 64000 +\(the sum of the adjoints of n1, /);
  });
});
