import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collectSubmission, describeCollection, shownName } from "../../scripts/kit/collectSubmission.js";

let scratch = "";
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Stubs like exercises/ and a submission with the given files, in a temporary folder. */
function setUp(submission: Record<string, string>): { exercises: string; submission: string } {
  scratch = mkdtempSync(join(tmpdir(), "gradkit-collect-"));
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  };
  for (const stub of [
    "01-expressions/warmups.ts",
    "06-linear-regression/LinearRegression.ts",
    "05-gradient-descent/gradientDescent.ts",
  ]) {
    write(join(scratch, "exercises", stub), "// stub");
  }
  for (const [path, content] of Object.entries(submission)) write(join(scratch, "submission", path), content);
  return { exercises: join(scratch, "exercises"), submission: join(scratch, "submission") };
}

describe("kit: collecting a submission", () => {
  it("places files by path or by unique name, flat or in folders", () => {
    const dirs = setUp({ "warmups.ts": "w", "exercises/06-linear-regression/LinearRegression.ts": "l" });
    const collected = collectSubmission(dirs.submission, dirs.exercises);
    expect(collected.copied).toEqual([
      "warmups.ts -> exercises/01-expressions/warmups.ts",
      "exercises/06-linear-regression/LinearRegression.ts -> exercises/06-linear-regression/LinearRegression.ts",
    ]);
    expect(readFileSync(join(dirs.exercises, "01-expressions", "warmups.ts"), "utf8")).toBe("w");
  });
  it("two files for one exercise file: neither is copied, and the error names both", () => {
    const dirs = setUp({ "warmups.ts": "new", "old/warmups.ts": "stale" });
    const collected = collectSubmission(dirs.submission, dirs.exercises);
    expect(collected.conflicts.get("01-expressions")).toContain("old/warmups.ts and warmups.ts");
    expect(readFileSync(join(dirs.exercises, "01-expressions", "warmups.ts"), "utf8")).toBe("// stub");
    expect(describeCollection(collected)).toContain(
      "exercises/01-expressions/warmups.ts: old/warmups.ts and warmups.ts",
    );
  });
  it("a helper beside an exercise file is kept beside it, flat or in the exercise's folder", () => {
    const flat = setUp({ "LinearRegression.ts": "l", "matrix.ts": "m" });
    expect(collectSubmission(flat.submission, flat.exercises).copied).toContain(
      "matrix.ts -> exercises/06-linear-regression/matrix.ts",
    );
    rmSync(scratch, { recursive: true, force: true });
    const nested = setUp({
      "06-linear-regression/LinearRegression.ts": "l",
      "06-linear-regression/lib/matrix.ts": "m",
    });
    expect(collectSubmission(nested.submission, nested.exercises).copied).toContain(
      "06-linear-regression/lib/matrix.ts -> exercises/06-linear-regression/lib/matrix.ts",
    );
    expect(readFileSync(join(nested.exercises, "06-linear-regression", "lib", "matrix.ts"), "utf8")).toBe("m");
  });
  it("lists what it ignores with the reason, in the visible summary", () => {
    const dirs = setUp({
      "warmups.ts": "w",
      "notes.txt": "n",
      "mine.test.ts": "t",
      "elsewhere/stray.ts": "s",
      "node_modules/x/index.js": "x",
    });
    symlinkSync("/etc/passwd", join(dirs.submission, "gradientDescent.ts"));
    const collected = collectSubmission(dirs.submission, dirs.exercises);
    const reasons = Object.fromEntries(collected.ignored.map(({ path, reason }) => [path, reason]));
    expect(reasons["notes.txt"]).toContain("not a .ts file");
    expect(reasons["mine.test.ts"]).toContain("a test file");
    expect(reasons["elsewhere/stray.ts"]).toContain("matches no exercise file");
    expect(reasons["node_modules/"]).toContain("installed packages");
    expect(reasons["gradientDescent.ts"]).toContain("symbolic link");
    expect(readFileSync(join(dirs.exercises, "05-gradient-descent", "gradientDescent.ts"), "utf8")).toBe("// stub");
    const summary = describeCollection(collected);
    for (const path of ["notes.txt", "mine.test.ts", "elsewhere/stray.ts", "gradientDescent.ts"])
      expect(summary).toContain(path);
  });
  it("names are shown with control characters and text-direction overrides escaped", () => {
    const dirs = setUp({ "notes\nExercise 05: 10 / 10 passed\u001b[2J.txt": "n", "evil\u202etxt.ts": "e" });
    const summary = describeCollection(collectSubmission(dirs.submission, dirs.exercises));
    expect(summary).not.toContain("\nExercise 05");
    expect(summary).toContain("notes\\u000aExercise 05: 10 / 10 passed\\u001b[2J.txt");
    expect(summary).toContain("evil\\u202etxt.ts");
    expect(shownName("plain/name.ts")).toBe("plain/name.ts");
  });
});
