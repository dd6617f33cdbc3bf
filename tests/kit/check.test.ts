import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModuleReport } from "../../scripts/kit/moduleReports.js";
import { type GradeFunction, checkExercises, exercisesToCheck, formatCheckLine } from "../../scripts/kit/check.js";
import { readManifest } from "../../scripts/kit/manifest.js";
import { readMutant } from "../../scripts/kit/mutants.js";
import { run } from "../../scripts/kit/run.js";
import { score } from "../../scripts/kit/score.js";
import { ROOT } from "../../scripts/kit/targets.js";

const scratch = mkdtempSync(join(tmpdir(), "gradkit-check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FOLDER = "05-gradient-descent";
const WEAK = "05-gradient-descent/sum-instead-of-mean";

/**
 * A fake grading run, so these tests take milliseconds: the solutions pass everything, the stubs nothing, and
 * each mutant fails one test, except those in `uncaught` (a deliberately weak test suite lets them through).
 */
function fakeGrade(uncaught: readonly string[] = [], graded: string[] = []): GradeFunction {
  return async (target, options) => {
    graded.push(target.name);
    const mutant = target.name.startsWith("mutant:") ? target.name.slice("mutant:".length) : undefined;
    const allPass = target.name === "solutions" || (mutant !== undefined && uncaught.includes(mutant));
    const nonePass = !allPass && mutant === undefined;
    const modules: ModuleReport[] = (options.exercises ?? []).flatMap((folder) =>
      (["graded", "hidden"] as const).map((suite) => ({
        target: target.name,
        file: `tests/${suite}/${folder}/a.test.ts`,
        tests: ["one", "two"].map((name, i) => ({
          name: `${suite} ${name}`,
          state: allPass || (!nonePass && (suite === "hidden" || i === 0)) ? ("passed" as const) : ("failed" as const),
        })),
      })),
    );
    return score(readManifest(), modules, { hidden: true, only: options.exercises ?? [] });
  };
}

describe("kit: npm run check", () => {
  it("a sound exercise: every line ok, the solutions, the stubs and each mutant graded as separate targets", async () => {
    const graded: string[] = [];
    const report = await checkExercises([FOLDER], { grade: fakeGrade([], graded), jobs: 2 });
    expect(report.failed).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.lines.map((line) => line.check)).toEqual([
      "has its files",
      "markers and TODO ids",
      "hints hold no solution line",
      "solution type-checks",
      "solution passes every test (2 visible, 2 hidden)",
      "stubs type-check",
      "stubs pass no test",
      "mutant assign-instead-of-accumulate is caught",
      "mutant sum-instead-of-mean is caught",
    ]);
    expect(graded.sort()).toEqual(
      [
        "solutions",
        expect.stringMatching(/exercises|check-stubs/),
        `mutant:${FOLDER}/assign-instead-of-accumulate`,
        `mutant:${WEAK}`,
      ].sort(),
    );
  });
  it("a mutant no test catches fails the check, named with its mistake", async () => {
    const seen: string[] = [];
    const report = await checkExercises([FOLDER], {
      grade: fakeGrade([WEAK]),
      onLine: (line) => seen.push(formatCheckLine(line)),
    });
    expect(report.ok).toBe(false);
    expect(report.failed).toHaveLength(1);
    const line = formatCheckLine(report.failed[0]!);
    expect(line).toMatch(
      /^FAILED {2}05 mutant sum-instead-of-mean is caught: no test fails on mutants\/05-gradient-descent\/sum-instead-of-mean\.json/,
    );
    expect(line).toContain(readMutant(WEAK).mistake);
    expect(seen).toContain(line);
  });
  it("a grading run that crashes is a failed line naming the target, not a crash of the check", async () => {
    const report = await checkExercises([FOLDER], {
      grade: async (target, options) => {
        if (target.name === "solutions") throw new Error("vitest did not start");
        return fakeGrade()(target, options);
      },
    });
    expect(report.failed.map(formatCheckLine)).toEqual(["FAILED  05 solution is graded: vitest did not start"]);
  });
  it("names exercises by number or folder; an unknown or disabled one is a clear error", () => {
    expect(exercisesToCheck(["5", "06-linear-regression"])).toEqual([FOLDER, "06-linear-regression"]);
    expect(exercisesToCheck([])).toEqual(readManifest().map((exercise) => exercise.folder));
    expect(() => exercisesToCheck(["99"])).toThrow(/^no exercise "99" in the manifest \(it has 1, 2, /);
    const manifest = join(scratch, "manifest.json");
    writeFileSync(
      manifest,
      JSON.stringify({
        exercises: [{ folder: "08-batch-minibatch-sgd", title: "B", points: 10, hiddenPoints: 0, enabled: false }],
      }),
    );
    expect(() => exercisesToCheck(["8"], manifest)).toThrow(/08-batch-minibatch-sgd is disabled in the manifest/);
  });
});

describe("kit: the instructors' commands on bad arguments", () => {
  // Both scripts at once (a Node start-up each); neither grades anything.
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  let check: Awaited<ReturnType<typeof run>>;
  let scaffold: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    [check, scaffold] = await Promise.all([
      run(process.execPath, [tsx, "scripts/check.ts", "99"], { cwd: ROOT }),
      run(process.execPath, [tsx, "scripts/new-exercise.ts", "05-gradient-descent"], { cwd: ROOT }),
    ]);
  }, 60_000);
  it("npm run check -- 99: one line, exit 2", () => {
    expect(check.code).toBe(2);
    expect(check.output.trim().split("\n")).toHaveLength(1);
    expect(check.output).toMatch(/^error: no exercise "99" in the manifest/);
  });
  it("npm run new-exercise on an existing exercise: one line, exit 2, nothing written", () => {
    expect(scaffold.code).toBe(2);
    expect(scaffold.output.trim().split("\n")).toHaveLength(1);
    expect(scaffold.output).toMatch(/^error: exercise 05 exists already: 05-gradient-descent/);
  });
});
