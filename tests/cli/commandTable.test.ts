import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commandTable.js";
import { main } from "../../src/cli/main.js";

// A copy of eval under another name, as a helper adding a command would add an entry to the table.
const evalSpec = COMMANDS.find((command) => command.name === "eval")!;
const table = [...COMMANDS, { ...evalSpec, name: "value", summary: "eval under another name" }];

async function run(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, table);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("the command table", () => {
  it("an entry is a command, with --json, -e, -- and --version from the table", async () => {
    expect(await run(["value", "x^2", "--at", "x=3"])).toEqual({ code: 0, stdout: "9\n", stderr: "" });
    expect(JSON.parse((await run(["value", "--", "-x^2", "--at", "x=3", "--json"])).stdout)).toMatchObject({
      value: -9,
    });
    expect((await run(["value", "-e", "-x", "--at", "x=2"])).stdout).toBe("-2\n");
    expect((await run(["value", "--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("the help and the unknown-command hint list it", async () => {
    expect((await run(["--help"])).stdout).toMatch(/value \[options\] \[formula\] +eval under another name/);
    const unknown = await run(["valu"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("the commands are eval, diff, grad, explain, check, latex, steps, fit and value");
    expect(unknown.stderr).toContain("(Did you mean value?)");
  });

  it("each command's help shows its options, then the global ones once", async () => {
    const help = (await run(["diff", "--help"])).stdout;
    expect(help).toMatch(/Options:\n {2}-e, --expr <formula>.*\n {2}--at <bindings>/);
    expect(help).toMatch(/Global Options:\n {2}-V, --version +print the version\n {2}--json +print one JSON object/);
    expect(help.match(/--json/g)).toHaveLength(2); // the option and the example
  });
});
