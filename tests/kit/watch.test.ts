import { describe, expect, it } from "vitest";
import ProgressReporter from "../../scripts/kit/ProgressReporter.js";
import type { ModuleReport } from "../../scripts/kit/KitReporter.js";
import { hasHiddenTests, readManifest } from "../../scripts/kit/manifest.js";

// What npm run watch shows, fed the reports vitest would give it: a first run of everything, then the re-run
// of one exercise after a save.
const manifest = readManifest();
const report = (
  folder: string,
  passed: number,
  failed: number,
  message = "expected 3 to be close to 4",
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
  const watch = new ProgressReporter({ save: false });
  const [first, second, third] = manifest.map((exercise) => exercise.folder);
  const firstRun = watch.record(manifest.map((exercise, i) => report(exercise.folder, i === 1 ? 2 : 0, 2)));
  it("shows every exercise, then the first unfinished exercise's first failing test only, cut short", () => {
    expect(manifest.every((exercise) => row(firstRun, exercise.folder) !== undefined)).toBe(true);
    expect(firstRun).toContain(`Next: 1.`);
    expect(firstRun).toContain(`${first} fails 0`);
    expect(firstRun).not.toContain(`${first} fails 1`);
    const tableLines = manifest.length + 5 + (hasHiddenTests() ? 0 : 1);
    expect(firstRun.split("\n").length).toBeLessThanOrEqual(tableLines + 18);
  });
  it("after saving one exercise, the others keep their last result", () => {
    const before = row(firstRun, second!);
    const after = watch.record([report(first!, 2, 0)]);
    expect(row(after, first!)).toMatch(/2\/2/);
    expect(row(after, second!)).toBe(before);
    expect(row(after, second!)).toMatch(/2\/4/);
    expect(after).toContain(`${second} fails 0`);
    expect(row(after, third!)).toMatch(/0\/2/);
  });
});
