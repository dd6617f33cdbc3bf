import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

describe.concurrent("autodiff eval", () => {
  it("prints the value: x^2 at x = 3 is 9", async () => {
    const run = await runCli(["eval", "x^2", "--at", "x=3"]);
    expect(run).toMatchObject({ code: 0, stdout: "9\n", stderr: "" });
  });

  it("--json prints one object with expression, at and value", async () => {
    const { code, json } = await runJson(["eval", "x*y + 1", "--at", "x=2,y=-3.5"]);
    expect(code).toBe(0);
    expect(json).toEqual({ expression: "x * y + 1", at: { x: 2, y: -3.5 }, value: -6 });
  });

  it("takes repeated --at flags and scientific notation", async () => {
    const { json } = await runJson(["eval", "x + y", "--at", "x=1e-3", "--at", "y=2.5E+2"]);
    expect(json.value as number).toBeCloseTo(250.001, 12);
  });

  it("a variable named like an Object method (toString, constructor) is an ordinary variable", async () => {
    expect(await runCli(["eval", "toString * 2", "--at", "toString=3"])).toMatchObject({ code: 0, stdout: "6\n" });
    const missing = await runCli(["eval", "constructor + 1"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no value for variable "constructor" (no --at given)');
  });

  it('reads a formula starting with "-" from -e and after --', async () => {
    expect((await runCli(["eval", "-e", "-x^2", "--at", "x=3"])).stdout).toBe("-9\n");
    expect((await runCli(["eval", "--", "-x^2", "--at", "x=3"])).stdout).toBe("-9\n");
    expect((await runCli(["eval", "--at", "x=3", "--", "-x^2"])).stdout).toBe("-9\n");
  });

  it('without -- or -e, "-x^2" is a usage error whose hint shows both ways', async () => {
    const run = await runCli(["eval", "-x^2", "--at", "x=3"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: unknown option '-x\^2'/);
    expect(run.stderr).toMatch(/hint: .*-- "-x\^2".*-e "-x\^2"/);
  });

  it("a constant formula needs no --at", async () => {
    expect((await runCli(["eval", "2 * pi"])).stdout).toBe("6.283185307\n");
  });
});

describe.concurrent("autodiff eval errors", () => {
  it("a parse error echoes the formula with a caret under the position, exit 2", async () => {
    const run = await runCli(["eval", "x^2 +* 3", "--at", "x=1"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[1]).toBe("  x^2 +* 3");
    expect(lines[2]).toBe(`  ${" ".repeat(5)}^`);
    expect(run.stderr).toMatch(/\nhint: /);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("an unknown function lists the supported ones", async () => {
    const run = await runCli(["eval", "gamma(x)", "--at", "x=1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"gamma"');
    expect(run.stderr).toMatch(/sin.*sqrt|sqrt.*sin/);
  });

  it("a variable missing from --at is named, with what was given", async () => {
    const run = await runCli(["eval", "x*y", "--at", "x=1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: no value for variable "y" (--at gave: x)');
    expect(run.stderr).toMatch(/hint: .*y=/);
  });

  it.each([
    ["x=abc", /"abc" is not a number/],
    ["x=1,y", /binding "y" has no "="/],
    ["=3", /no variable name/],
    ["x=1,x=2", /"x" is given twice/],
  ])("a malformed binding --at %s names the bad part", async (binding, message) => {
    const run = await runCli(["eval", "x", "--at", binding]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/hint: .*x=2,y=-3.5/);
  });

  it("log of a negative number says the result is not finite and why, exit 1", async () => {
    const run = await runCli(["eval", "log(x)", "--at", "x=-1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /error: the value is not a finite number \(NaN\) at x = -1: log\(x\) is NaN \(log of a negative number\)/,
    );
  });

  it("division by zero says so, exit 1", async () => {
    const run = await runCli(["eval", "1 / (y - 2)", "--at", "y=2"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Infinity.*division by zero/);
  });

  it("with --json, an error is still one JSON object on stdout (and the message on stderr)", async () => {
    const run = await runCli(["eval", "log(x)", "--at", "x=-1", "--json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { error: { message: string; hint: string; exitCode: number } };
    expect(json.error.exitCode).toBe(1);
    expect(json.error.message).toMatch(/not a finite number/);
    expect(run.stderr).toMatch(/^error: /);
  });

  it("no formula, unknown options and unknown commands are usage errors, exit 2", async () => {
    for (const args of [["eval"], ["eval", "x", "--bogus"], ["frobnicate"], ["eval", "x", "-e", "y"]]) {
      const run = await runCli(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/^error: .*\nhint: /);
    }
  });
});

describe.concurrent("autodiff --help and --version", () => {
  it("--version prints the package version", async () => {
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("--help lists the commands, how to pass a formula starting with -, and the exit codes", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["eval", "diff", "grad", "explain", "check", "latex", "fit"])
      expect(run.stdout).toContain(command);
    expect(run.stdout).toContain('autodiff diff -- "-x^2" --wrt x');
    expect(run.stdout).toMatch(/Exit codes: 0/);
  });

  it.each(["eval", "diff", "grad", "explain", "check", "latex", "fit"])("%s --help shows examples", async (command) => {
    const run = await runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Examples:\\n  \\$ autodiff ${command} `));
    expect(run.stdout).toContain("--json");
  });

  it("autodiff alone shows the help and exits 2", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: autodiff");
  });

  it("xy with --at x=1,y=2: the hint suggests x*y, a product written without * (issue 21)", async () => {
    const run = await runCli(["eval", "xy + x", "--at", "x=1,y=2"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'error: no value for variable "xy" (--at gave: x, y)\n' +
        "hint: a name of several letters is one variable; did you mean x*y + x?\n",
    );
  });

  it("mx with --at x=1,b=2 (the course's slope, not given): the hint asks for mx, it does not guess m*x", async () => {
    const run = await runCli(["eval", "mx*x + b", "--at", "x=1,b=2"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("hint: add mx=<number> to --at");
  });
});
