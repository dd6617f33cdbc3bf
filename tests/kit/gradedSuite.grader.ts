import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModuleReport } from "../../scripts/kit/KitReporter.js";
import { readManifest } from "../../scripts/kit/manifest.js";
import { runGradedSuite } from "../../scripts/kit/runGradedSuite.js";
import { type GradescopeResults, score } from "../../scripts/kit/score.js";
import { listMutants } from "../../scripts/kit/mutants.js";
import { ROOT, parseTarget } from "../../scripts/kit/targets.js";
import { run } from "../../scripts/kit/run.js";

// One vitest process grades solutions/, exercises/ and every mutant (one project each); the two
// type-checks run beside it. Everything below reads these results.
const mutants = listMutants();
const scratch = mkdtempSync(join(tmpdir(), "gradkit-graded-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let modules: readonly ModuleReport[] = [];
let typecheck: { solutions: { code: number; output: string }; exercises: { code: number; output: string } };

const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
/** tsc's diagnostics in the kit's own folders (src/ is type-checked by npm run typecheck). */
const kitErrors = (output: string): string[] =>
  output
    .split("\n")
    .filter((line) => /^(solutions|exercises|tests\/(graded|hidden|kit)|scripts)\/.*error TS/.test(line));

beforeAll(async () => {
  const [reports, solutions, exercises] = await Promise.all([
    runGradedSuite(["solutions", "exercises", ...mutants.map((id) => `mutant:${id}`)].map(parseTarget)),
    run(process.execPath, [tsc, "-p", "tests/kit/tsconfig.solutions.json", "--noEmit"], { cwd: ROOT }),
    run(process.execPath, [tsc, "-p", "exercises/tsconfig.json", "--noEmit"], { cwd: ROOT }),
  ]);
  modules = reports;
  typecheck = { solutions, exercises };
}, 600_000);

const of = (target: string): readonly ModuleReport[] => modules.filter((module) => module.target === target);

describe("kit: both trees type-check", () => {
  it("solutions/ and the graded tests", () => expect(kitErrors(typecheck.solutions.output)).toEqual([]));
  it("exercises/ (the stubs keep every signature)", () => expect(kitErrors(typecheck.exercises.output)).toEqual([]));
});

describe("kit: the graded suite on solutions/", () => {
  it("every test file loads and every graded and hidden test passes", () => {
    const files = of("solutions");
    expect(files.length).toBeGreaterThanOrEqual(readManifest().length);
    expect(files.filter((module) => module.loadError !== undefined)).toEqual([]);
    const failing = files.flatMap((module) =>
      module.tests.filter((test) => test.state !== "passed").map((test) => `${test.name}: ${test.message}`),
    );
    expect(failing).toEqual([]);
  });
  it("scores full marks, every exercise of the manifest represented, per-test points adding up exactly", () => {
    const { results, rows } = score(readManifest(), of("solutions"), { hidden: true });
    expect(results.score).toBe(results.max_score);
    expect(rows.every((row) => row.total > 0 && row.passed === row.total)).toBe(true);
    const cents = results.tests.reduce((sum, test) => sum + Math.round(test.max_score * 100), 0);
    expect(cents).toBe(Math.round(results.max_score * 100));
  });
});

describe("kit: the graded suite on exercises/", () => {
  it("no test passes without the student's work, and every test still runs (none lost to a load error)", () => {
    const files = of("exercises");
    expect(files.map((module) => module.file).sort()).toEqual(
      of("solutions")
        .map((module) => module.file)
        .sort(),
    );
    expect(files.filter((module) => module.loadError !== undefined).map((module) => module.file)).toEqual([]);
    const passing = files.flatMap((module) =>
      module.tests.filter((test) => test.state === "passed").map((test) => test.name),
    );
    expect(passing).toEqual([]);
    const count = (target: string): number => of(target).reduce((sum, module) => sum + module.tests.length, 0);
    expect(count("exercises")).toBe(count("solutions"));
  });
  it("scores 0 of the same maximum", () => {
    const solved = score(readManifest(), of("solutions"), { hidden: true }).results;
    const stubs = score(readManifest(), of("exercises"), { hidden: true }).results;
    expect(stubs.score).toBe(0);
    expect(stubs.max_score).toBe(solved.max_score);
    expect(stubs.tests).toHaveLength(solved.tests.length);
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

describe("kit: every mutant (a classic mistake) fails at least one graded test", () => {
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
  it.each(mutants)("%s", (id) => {
    const files = of(`mutant:${id}`);
    expect(files.length).toBeGreaterThan(0);
    const tests = files.flatMap((module) => module.tests);
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.filter((test) => test.state !== "passed").length).toBeGreaterThan(0);
  });
});
