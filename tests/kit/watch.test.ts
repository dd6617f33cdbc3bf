import { describe, expect, it } from "vitest";
import type { ModuleReport } from "../../scripts/kit/moduleReports.js";
import { WatchState } from "../../scripts/kit/WatchState.js";
import { hasHiddenTests, readManifest } from "../../scripts/kit/manifest.js";

// What npm run watch shows, fed the reports the grading run would give it: a first run of everything, then
// the re-run of one exercise after a save.
const manifest = readManifest();
const report = (
  folder: string,
  passed: number,
  failed: number,
  message = "expected 3 to be close to 4\n  at exercises/x.ts:7",
): ModuleReport => ({
  target: "exercises",
  file: `tests/graded/${folder}/x.test.ts`,
  tests: [
    ...Array.from({ length: passed }, (_, i) => ({ name: `${folder} passes ${i}`, state: "passed" as const })),
    ...Array.from({ length: failed }, (_, i) => ({
      name: `${folder} fails ${i}`,
      state: "failed" as const,
      message: `${message}\n${"detail line\n".repeat(60)}`,
    })),
  ],
});
const row = (view: string, folder: string): string =>
  view
    .split("\n")
    .find((line) => line.startsWith(folder))!
    .replace(/\s+/g, " ");

describe("kit: npm run watch", () => {
  const watch = new WatchState(manifest, hasHiddenTests());
  const [first, second, third] = manifest.map((exercise) => exercise.folder) as [string, string, string];
  manifest.forEach((exercise, i) =>
    watch.record(`tests/graded/${exercise.folder}/x.test.ts`, [report(exercise.folder, i === 1 ? 2 : 0, 2)], undefined),
  );
  const firstRun = watch.view(undefined);
  it("shows every exercise, then the first unfinished exercise's first failing test only, cut short", () => {
    expect(manifest.every((exercise) => row(firstRun, exercise.folder) !== undefined)).toBe(true);
    expect(firstRun).toContain("Next: 1.");
    expect(firstRun).toContain(`${first} fails 0`);
    expect(firstRun).not.toContain(`${first} fails 1`);
    const tableLines = manifest.length + 5 + (hasHiddenTests() ? 0 : 1);
    expect(firstRun.split("\n").length).toBeLessThanOrEqual(tableLines + 22);
  });
  it("focuses on the exercise just saved: its first failing test, with the line of the student's code", () => {
    const view = watch.view(third);
    expect(view).toContain(`Now: ${Number(third.slice(0, 2))}.`);
    expect(view).toContain(`${third} fails 0`);
    expect(view).toContain("at exercises/x.ts:7");
    expect(view).not.toContain(`${first} fails 0`);
  });
  it("after saving one exercise, the others keep their last result", () => {
    const before = row(firstRun, second);
    watch.record(`tests/graded/${first}/x.test.ts`, [report(first, 2, 0)], undefined);
    const after = watch.view(first);
    expect(row(after, first)).toMatch(/2\/2/);
    expect(row(after, second)).toBe(before);
    expect(row(after, second)).toMatch(/2\/4/);
    expect(after).toContain(`${first}: every test passes.`);
    expect(after).toContain(`${second} fails 0`);
    expect(row(after, third)).toMatch(/0\/2/);
  });
  it("a time-out scores the exercise 0 with its message, keeping its test count; the next save clears it", () => {
    const timedOut = { note: "timed out", message: "Timed out after 60 s: is there a loop that never ends?" };
    watch.record(`tests/graded/${third}/x.test.ts`, [report(third, 1, 1)], timedOut);
    const view = watch.view(third);
    expect(row(view, third)).toMatch(/\(timed out\) 0\/2/);
    expect(view).toContain("Timed out after 60 s: is there a loop that never ends?");
    watch.record(`tests/graded/${third}/x.test.ts`, [report(third, 2, 0)], undefined);
    expect(row(watch.view(third), third)).toMatch(/2\/2/);
  });
  it("a type error scores its exercise 0 with the compiler's message, as npm run grade does", () => {
    watch.setTypeErrors(
      new Map([[first, { note: "type errors", message: "Your code does not type-check ... TS2322" }]]),
    );
    const view = watch.view(first);
    expect(row(view, first)).toMatch(/\(type errors\) 0\/2/);
    expect(view).toContain("TS2322");
  });
});
