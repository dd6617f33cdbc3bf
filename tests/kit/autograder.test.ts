import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autograderFiles } from "../../scripts/kit/autograderFiles.js";
import type { GradescopeResults } from "../../scripts/kit/score.js";
import { ROOT } from "../../scripts/kit/targets.js";
import { run } from "../../scripts/kit/run.js";

// Simulates Gradescope's layout in a temporary folder: the zip unpacked as source/, a submission with one
// solved exercise (uploaded flat), one that does not compile and a stray file; run_autograder with its
// paths moved there by environment variables.
const scratch = mkdtempSync(join(tmpdir(), "gradkit-autograder-"));
let results: GradescopeResults;
let output = "";
let files: string[] = [];

beforeAll(async () => {
  const zipped = zipSync(Object.fromEntries(autograderFiles()));
  const unpacked = unzipSync(zipped);
  files = Object.keys(unpacked);
  const source = join(scratch, "source");
  for (const [path, content] of Object.entries(unpacked)) {
    mkdirSync(dirname(join(source, path)), { recursive: true });
    writeFileSync(join(source, path), content);
  }
  chmodSync(join(source, "run_autograder"), 0o755);
  // setup.sh would run npm ci; the project's own node_modules stand in for it.
  symlinkSync(join(ROOT, "node_modules"), join(source, "node_modules"));
  const submission = join(scratch, "submission");
  mkdirSync(submission);
  writeFileSync(join(submission, "warmups.ts"), readFileSync(join(ROOT, "solutions", "01-expressions", "warmups.ts")));
  writeFileSync(join(submission, "Multiplication.ts"), "export class Multiplication {\n  eval( {\n");
  writeFileSync(join(submission, "notes.txt"), "not code");
  const resultsFile = join(scratch, "results", "results.json");
  const ran = await run("bash", [join(source, "run_autograder")], {
    cwd: scratch,
    env: { ...process.env, AUTOGRADER_SOURCE: source, AUTOGRADER_SUBMISSION: submission, AUTOGRADER_RESULTS: resultsFile },
  });
  output = ran.output;
  results = JSON.parse(readFileSync(resultsFile, "utf8")) as GradescopeResults;
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("kit: the Gradescope autograder", () => {
  it("holds setup.sh, run_autograder, the library, graded and hidden tests, fresh stubs, and no solution", () => {
    for (const path of ["setup.sh", "run_autograder", "package.json", "src/index.ts", "tests/graded/manifest.json", "exercises.pristine/06-linear-regression/LinearRegression.ts"]) {
      expect(files).toContain(path);
    }
    expect(files.some((path) => path.startsWith("tests/hidden/"))).toBe(true);
    expect(files.some((path) => path.startsWith("solutions/") || path.startsWith("mutants/"))).toBe(false);
  });
  it("copies the submission into exercises/ and reports what it ignored", () => {
    expect(output).toContain("warmups.ts -> exercises/01-expressions/warmups.ts");
    expect(output).toContain("notes.txt");
  });
  it("writes Gradescope results: the solved exercise scores, the broken one shows 0 of its maximum with the compiler's message", () => {
    const warmups = results.tests.filter((test) => test.number.startsWith("1."));
    expect(warmups.length).toBe(11);
    expect(warmups.every((test) => test.status === "passed")).toBe(true);
    const broken = results.tests.filter((test) => test.number.startsWith("2."));
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ score: 0, max_score: 10, status: "failed", visibility: "visible" });
    expect(broken[0]!.output).toContain("Multiplication.ts");
    expect(results.score).toBe(10);
    expect(results.tests.some((test) => test.visibility === "hidden")).toBe(true);
  });
});
