import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticChecks } from "../../scripts/kit/check.js";
import { exercisesDrift } from "../../scripts/kit/generate.js";
import { readManifestFile } from "../../scripts/kit/manifest.js";
import { camelName, formatManifest, scaffoldExercise } from "../../scripts/kit/newExercise.js";
import { ROOT } from "../../scripts/kit/targets.js";

// A copy of what the scaffold reads and writes: solutions/, exercises/ and the manifest (no node_modules).
const root = mkdtempSync(join(tmpdir(), "gradkit-new-exercise-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  for (const path of ["solutions", "exercises", "tests/graded/manifest.json"]) {
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  }
  mkdirSync(join(root, "mutants"));
});

describe("kit: npm run new-exercise", () => {
  it("12-swish: solution, README, hints, a graded and a hidden test, the manifest entry, the table row, the stubs", () => {
    const written = scaffoldExercise(root, "12-swish", { title: "Swish", hiddenPoints: 2 });
    expect(written).toEqual(
      expect.arrayContaining([
        "solutions/12-swish/README.md",
        "solutions/12-swish/hints.md",
        "solutions/12-swish/swish.ts",
        "tests/graded/12-swish/swish.test.ts",
        "tests/hidden/12-swish/classicMistakes.test.ts",
        "solutions/README.md",
        "tests/graded/manifest.json",
        "exercises/12-swish/swish.ts",
        "exercises/README.md",
      ]),
    );
    const manifest = readManifestFile(join(root, "tests", "graded", "manifest.json"));
    expect(manifest.exercises.at(-1)).toEqual({ folder: "12-swish", title: "Swish", points: 10, hiddenPoints: 2 });
    expect(readFileSync(join(root, "tests/graded/12-swish/swish.test.ts"), "utf8")).toContain(
      'import { swish } from "@impl/12-swish/swish.js";',
    );
    expect(readFileSync(join(root, "solutions/README.md"), "utf8")).toMatch(
      /\| 11 \| 11-softmax-regression \|[^\n]*\n\| 12 \| 12-swish \|/,
    );
    expect(readFileSync(join(root, "exercises/12-swish/swish.ts"), "utf8")).toContain('throw new Error("TODO(12.1):');
    const mine = (line: string): boolean => line.includes("12-swish") || line.endsWith(" exercises/README.md");
    expect(exercisesDrift(root).filter(mine)).toEqual([]);
    // What npm run check finds without grading: files, markers and TODO ids, hints.
    expect(staticChecks("12-swish", root).filter((line) => !line.ok)).toEqual([]);
  });
  it("refuses an existing folder, a taken number and a bad name, in one line each", () => {
    expect(() => scaffoldExercise(root, "12-swish")).toThrow("exercise 12 exists already: 12-swish (in the manifest)");
    expect(() => scaffoldExercise(root, "05-other")).toThrow(/^exercise 05 exists already: 05-gradient-descent/);
    for (const bad of ["swish", "12_swish", "12-Swish", "123-swish", "12-swish-", "../12-x"]) {
      expect(() => scaffoldExercise(root, bad)).toThrow(/is not an exercise folder name/);
    }
    expect(existsSync(join(root, "solutions", "swish"))).toBe(false);
  });
  it("names and the manifest's own layout", () => {
    expect(camelName("12-swish-and-gelu")).toBe("swishAndGelu");
    const text = readFileSync(join(ROOT, "tests", "graded", "manifest.json"), "utf8");
    expect(formatManifest(JSON.parse(text))).toBe(text);
  });
});
