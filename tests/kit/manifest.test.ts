import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ModuleReport } from "../../scripts/kit/moduleReports.js";
import { exercisesDrift, expectedExercises, withoutRowsOf } from "../../scripts/kit/generate.js";
import { exerciseNumber, readManifestFile, withoutDisabled } from "../../scripts/kit/manifest.js";
import { score } from "../../scripts/kit/score.js";

const scratch = mkdtempSync(join(tmpdir(), "gradkit-manifest-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes files (path -> text) under a fresh folder and returns it. */
function project(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const manifestOf = (exercises: readonly object[]): string => JSON.stringify({ exercises });
const readEntries = (name: string, exercises: readonly object[]) =>
  readManifestFile(join(project(name, { "manifest.json": manifestOf(exercises) }), "manifest.json"));

const seven = { folder: "07-logistic-regression", title: "Logistic", points: 10, hiddenPoints: 0 };
const eight = { folder: "08-batch-minibatch-sgd", title: "Batches", points: 10, hiddenPoints: 2, enabled: false };
const nine = {
  folder: "09-neural-network-xor",
  title: "XOR",
  points: 15,
  hiddenPoints: 3,
  hiddenVisibility: "after_due_date",
};
const report = (file: string, names: readonly string[]): ModuleReport => ({
  target: "exercises",
  file,
  tests: names.map((name) => ({ name, state: "passed" as const })),
});

describe('kit: the manifest\'s "enabled" and "hiddenVisibility"', () => {
  it('"enabled": false moves an exercise out of the exercises, into disabled', () => {
    const manifest = readEntries("enabled", [seven, eight, nine]);
    expect(manifest.exercises.map((exercise) => exercise.folder)).toEqual([seven.folder, nine.folder]);
    expect(manifest.disabled.map((exercise) => exercise.folder)).toEqual([eight.folder]);
  });
  it("a bad visibility, an unknown field or two folders with one number is an error naming the exercise", () => {
    expect(() => readEntries("visibility", [{ ...nine, hiddenVisibility: "later" }])).toThrow(
      /exercise 1 needs .*"hiddenVisibility" \("hidden", "after_due_date", "after_published"\)/,
    );
    expect(() => readEntries("typo", [{ ...seven, hiddenPoint: 2 }])).toThrow(
      /exercise 07-logistic-regression has unknown field\(s\) "hiddenPoint"/,
    );
    expect(() => readEntries("twice", [seven, { ...nine, folder: "07-again" }])).toThrow(
      /07-again and 07-logistic-regression share the number 07/,
    );
  });
  it("test numbers come from the folder: with 08 disabled, 09's tests are still 9.1 and 9.h1", () => {
    const { exercises } = readEntries("numbers", [seven, eight, nine]);
    expect(exerciseNumber(nine.folder)).toBe(9);
    const { results } = score(
      exercises,
      [
        report(`tests/graded/${seven.folder}/a.test.ts`, ["a"]),
        report(`tests/graded/${nine.folder}/b.test.ts`, ["b", "c"]),
        report(`tests/hidden/${nine.folder}/h.test.ts`, ["h"]),
      ],
      { hidden: true },
    );
    expect(results.tests.map((test) => test.number)).toEqual(["7.1", "9.1", "9.2", "9.h1"]);
    expect(results.max_score).toBe(28);
  });
  it("each exercise's hidden tests take its visibility (hidden by default); visible tests stay visible", () => {
    const { exercises } = readEntries("visibilities", [{ ...seven, hiddenPoints: 1 }, nine]);
    const { results } = score(
      exercises,
      [
        report(`tests/hidden/${seven.folder}/h.test.ts`, ["h7"]),
        report(`tests/graded/${nine.folder}/b.test.ts`, ["b"]),
        report(`tests/hidden/${nine.folder}/h.test.ts`, ["h9"]),
      ],
      { hidden: true },
    );
    const visibility = Object.fromEntries(results.tests.map((test) => [test.name, test.visibility]));
    expect(visibility).toMatchObject({ h7: "hidden", b: "visible", h9: "after_due_date" });
  });
  it("a disabled exercise has no stubs and no row in the exercises' README table", () => {
    const root = project("generate", {
      "tests/graded/manifest.json": manifestOf([seven, eight]),
      "solutions/README.md":
        "| # | folder |\n|---|---|\n| 7 | 07-logistic-regression |\n| 8 | 08-batch-minibatch-sgd |\n",
      "solutions/07-logistic-regression/a.ts": "export const a = 1;\n",
      "solutions/08-batch-minibatch-sgd/b.ts": "export const b = 2;\n",
    });
    const files = expectedExercises(root);
    expect([...files.keys()].sort()).toEqual(["07-logistic-regression/a.ts", "README.md", "tsconfig.json"]);
    expect(files.get("README.md")).toBe("| # | folder |\n|---|---|\n| 7 | 07-logistic-regression |\n");
    expect(withoutRowsOf("| 8 | `exercises/08-b/` | B |\nsee 08-b", ["08-b"])).toBe("see 08-b");
    // exercises/ as it was before the exercise was disabled: npm run exercises:check says why its files are extra.
    mkdirSync(join(root, "exercises", eight.folder), { recursive: true });
    writeFileSync(join(root, "exercises", eight.folder, "b.ts"), "");
    expect(exercisesDrift(root)).toContain(
      `extra: exercises/${eight.folder}/b.ts (${eight.folder} is disabled in the manifest)`,
    );
  });
  it("both zips leave out every file under a disabled folder", () => {
    const files = new Map([
      ["tests/graded/08-batch-minibatch-sgd/a.test.ts", 1],
      ["tests/hidden/08-batch-minibatch-sgd/h.test.ts", 2],
      ["exercises/08-batch-minibatch-sgd/b.ts", 3],
      ["exercises.pristine/08-batch-minibatch-sgd/b.ts", 4],
      ["tests/graded/09-neural-network-xor/a.test.ts", 5],
    ]);
    expect([...withoutDisabled(files, [eight.folder]).values()]).toEqual([5]);
  });
});
