import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, ROOT, spawnCli } from "./builtCli.js";

// The other CLI tests call main() in-process; these few run the built bin, dist/cli/autodiff.js, as a user would.
beforeAll(ensureBuilt, 120_000);

describe.concurrent("the built autodiff binary", () => {
  it("runs as an executable (shebang, executable bit) and prints the package version", async () => {
    const stdout = await new Promise<string>((done, fail) => {
      execFile(CLI, ["--version"], { cwd: ROOT }, (error, out) => (error === null ? done(out) : fail(error)));
    });
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(stdout).toBe(`${version}\n`);
  });

  it("is one bundled module (the package's bin): Node loads no module graph of dist/ at start-up", () => {
    const { bin } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: { autodiff: string } };
    expect(join(ROOT, bin.autodiff)).toBe(CLI);
    // packages (commander, csv-parse, Vega) are imported by name; nothing of dist/ by a relative path
    expect(readFileSync(CLI, "utf8")).not.toMatch(/\bfrom\s*["']\.{1,2}\/|\bimport\s*\(\s*["']\.{1,2}\//);
  });

  it("prints a value on stdout, nothing on stderr, exit 0", async () => {
    expect(await spawnCli(["eval", "x^2", "--at", "x=3"])).toEqual({ code: 0, stdout: "9\n", stderr: "" });
  });

  it("a parse error is error:, the caret and hint: on stderr, exit 2, no stack trace", async () => {
    const run = await spawnCli(["eval", "x^2 +* 3", "--at", "x=1"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^error: .*\n {2}x\^2 \+\* 3\n {7}\^\nhint: /);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("a formula after -- with options after it, and --json", async () => {
    const run = await spawnCli(["diff", "--", "-x^2", "--wrt", "x", "--at", "x=3", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ expression: "-x ^ 2", wrt: "x", derivativeValue: -6 });
  });

  it("fit --plot loads the models and Vega from dist/ and writes the SVG", async () => {
    const svg = join(mkdtempSync(join(tmpdir(), "autodiff-bin-")), "rent.svg");
    const args = ["fit", "data/house_rent.csv", "--target", "rent", "--features", "area", "--standardize"];
    const run = await spawnCli([...args, "--lr", "0.1", "--test-split", "0", "--epochs", "20", "--plot", svg]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^m0 +\(area\)/m);
    expect(run.stdout).toMatch(new RegExp(`plot: wrote ${svg}\\n$`));
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg/);
  });
});
