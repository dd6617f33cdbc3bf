import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CheckReport, checkExercises, enabledExercises, formatCheckLine } from "../../scripts/kit/check.js";
import { listMutants } from "../../scripts/kit/mutants.js";
import { run } from "../../scripts/kit/run.js";
import type { GradescopeResults } from "../../scripts/kit/score.js";
import { ROOT } from "../../scripts/kit/targets.js";

// npm run check on every exercise, through the grading run every command uses (the tests in a grader process,
// the code under test in processes of its own): solutions/ pass everything, the stubs nothing, every mutant
// fails a test, no hint gives a solution line away. The two type-checks run beside it.
const mutants = listMutants();
const scratch = mkdtempSync(join(tmpdir(), "gradkit-graded-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let check: CheckReport;
let typecheck: { solutions: { code: number; output: string }; exercises: { code: number; output: string } };

const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
/** tsc's diagnostics in the kit's own folders (src/ is type-checked by npm run typecheck). */
const kitErrors = (output: string): string[] =>
  output
    .split("\n")
    .filter((line) => /^(solutions|exercises|tests\/(graded|hidden|kit)|scripts)\/.*error TS/.test(line));

beforeAll(async () => {
  const [report, solutions, exercises] = await Promise.all([
    checkExercises(enabledExercises()),
    run(process.execPath, [tsc, "-p", "tests/kit/tsconfig.solutions.json", "--noEmit"], { cwd: ROOT }),
    run(process.execPath, [tsc, "-p", "exercises/tsconfig.json", "--noEmit"], { cwd: ROOT }),
  ]);
  check = report;
  typecheck = { solutions, exercises };
}, 1_200_000);

describe("kit: both trees type-check", () => {
  it("solutions/ and the graded tests", () => expect(kitErrors(typecheck.solutions.output)).toEqual([]));
  it("exercises/ (the stubs keep every signature)", () => expect(kitErrors(typecheck.exercises.output)).toEqual([]));
});

describe("kit: npm run check on every exercise", () => {
  it("every check passes: solutions pass every test, stubs none, every mutant is caught, hints give nothing away", () => {
    expect(check.failed.map(formatCheckLine)).toEqual([]);
    expect(check.lines.length).toBeGreaterThan(enabledExercises().length * 3);
  });
  it("there are mutants for = vs +=, forgotten intercept, push inside the loop, sum vs mean, exact float comparison", () => {
    for (const mistake of [
      "assign-instead-of-accumulate",
      "forgotten-intercept",
      "predict-push-inside-loop",
      "sum-instead-of-mean",
      "exact-float-comparison",
    ]) {
      expect(mutants.some((id) => id.endsWith(`/${mistake}`))).toBe(true);
    }
  });
  it.each(mutants)("%s is caught", (id) => {
    const [exercise, mistake] = id.split("/") as [string, string];
    const line = check.lines.find(
      (candidate) => candidate.exercise === exercise && candidate.check.includes(`mutant ${mistake} `),
    );
    expect(line, `no check line names ${id}`).toBeDefined();
    expect(line!.ok).toBe(true);
  });
});

describe("kit: npm run grade", () => {
  it("a type error scores its exercise 0 with the compiler's message; a file that does not load keeps its test count", async () => {
    const folder = join(scratch, "submission");
    cpSync(join(ROOT, "exercises"), folder, { recursive: true });
    // A submission folder has no tsconfig (exercises/tsconfig.json extends the project's, not there).
    rmSync(join(folder, "tsconfig.json"));
    appendFileSync(join(folder, "01-expressions", "warmups.ts"), "\nexport const five: string = 5;\n");
    writeFileSync(
      join(folder, "02-derivative-rules", "Multiplication.ts"),
      "export class Multiplication {\n  eval( {\n",
    );
    const graded = await run(
      process.execPath,
      [
        join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/grade.ts",
        folder,
        "--results",
        join(scratch, "broken.json"),
      ],
      { cwd: ROOT },
    );
    expect(graded.code).toBe(1);
    expect(graded.output).toMatch(/01-expressions \(type errors\)\s+0\/11\s+0 \/ 10/);
    // A syntax error: the compiler's message (tsc checks before vitest loads), its 12 tests still counted.
    expect(graded.output).toMatch(/02-derivative-rules \(type errors\)\s+0\/12\s+0 \/ 10/);
    expect(graded.output).toMatch(/03-chain-rule\s+0\/14\s+0 \/ 10/);
    const results = JSON.parse(readFileSync(join(scratch, "broken.json"), "utf8")) as GradescopeResults;
    expect(results.tests.find((test) => test.number === "1.1")!.output).toContain("error TS2322");
  });
  it("grading one mutant reports only its exercise, and exits 1 below full marks", async () => {
    const graded = await run(
      process.execPath,
      [
        join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/grade.ts",
        "mutant:06-linear-regression/forgotten-intercept",
        "--results",
        join(scratch, "mutant.json"),
      ],
      { cwd: ROOT },
    );
    expect(graded.code).toBe(1);
    const rows = graded.output.split("\n").filter((line) => /^\d\d-/.test(line));
    expect(rows.map((line) => line.split(" ")[0])).toEqual(["06-linear-regression"]);
    expect(graded.output).toContain("Not full marks yet");
    expect(graded.output).not.toContain("could not run");
  });
});
