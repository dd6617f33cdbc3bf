import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hintLeaks, squeeze } from "../../scripts/kit/hintLeaks.js";
import { currentExercise, hintCommand, parseHints } from "../../scripts/kit/hints.js";
import { readLastExercise, saveLastExercise } from "../../scripts/kit/progress.js";
import { run } from "../../scripts/kit/run.js";
import { ROOT, parseTarget } from "../../scripts/kit/targets.js";

const state = mkdtempSync(join(tmpdir(), "gradkit-hint-"));
afterAll(() => rmSync(state, { recursive: true, force: true }));
const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const where = { exercises: join(ROOT, "exercises"), state };
const hint = (...args: string[]) => hintCommand(args, where);
const cli = (script: string, ...args: string[]) =>
  run(process.execPath, [tsx, script, ...args], { cwd: ROOT, env: { ...process.env, GRADKIT_STATE: state } });

// The two scripts once each (a Node start-up each, at the same time); the rest in-process.
let script: Record<"hint" | "grade", Awaited<ReturnType<typeof run>>>;
beforeAll(async () => {
  const [hinted, graded] = await Promise.all([
    cli("scripts/hint.ts", "1", "1"),
    cli("scripts/grade.ts", "nonexistent"),
  ]);
  script = { hint: hinted, grade: graded };
}, 60_000);

/** The solution files of an exercise, as text. */
const solutionSources = (exercise: string): string[] => {
  const folder = join(ROOT, "solutions", exercise);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => readFileSync(join(folder, name), "utf8"));
};

describe("kit: hints nudge, never answer", () => {
  const exercises = readdirSync(join(ROOT, "solutions")).filter((name) => /^\d\d-/.test(name));
  it.each(exercises)("%s: no hint holds a line of the solution", (exercise) => {
    const hints = parseHints(readFileSync(join(ROOT, "solutions", exercise, "hints.md"), "utf8"));
    expect(hints.length).toBeGreaterThan(0);
    expect(hintLeaks(solutionSources(exercise), hints)).toEqual([]);
  });
  it("a hint holding a solution line with const, semicolon, spacing or its comment changed is caught", () => {
    const solution = [
      "export function f(w: number, x: readonly number[]): number {",
      "  // BEGIN SOLUTION TODO(05.2): the gradient",
      "  const error = w * x[0]! - x[1]!; // the residual",
      "  return 2 * error * x[0]!;",
      "  // END SOLUTION",
      "}",
    ].join("\n");
    expect(hintLeaks([solution], ["Start with `error = w*x[0] - x[1]`, then double it."])).toEqual([
      "const error = w * x[0]! - x[1]!; // the residual",
    ]);
    expect(hintLeaks([solution], ["let error = w * x[0]! - x[1]! // the residual\ncontinued"])).toHaveLength(1);
    expect(hintLeaks([solution], ["The residual is the prediction minus the target."])).toEqual([]);
    expect(squeeze('const url = "http://x"; // a comment')).toBe('url="http://x"');
  });
});

describe("kit: npm run hint", () => {
  it("with no number and no exercise saved or graded alone: the next hint of the first unfinished one, one more each time", () => {
    const first = hint();
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/^Hint 1 of \d+ for 01-expressions:/);
    expect(hint().output).toMatch(/^Hint 2 of \d+ for 01-expressions:/);
  });
  it("a hint number out of range says how many hints there are; an unknown exercise says which exist", () => {
    const count = parseHints(readFileSync(join(ROOT, "exercises", "06-linear-regression", "hints.md"), "utf8")).length;
    const tooFar = hint("6", "99");
    expect(tooFar.code).toBe(2);
    expect(tooFar.output.split("\n")).toHaveLength(1);
    expect(tooFar.output).toContain(`06-linear-regression has ${count} hints`);
    const unknown = hint("42");
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('no exercise "42"');
    expect(hint("6", "2").output).toMatch(/^Hint 2 of \d+ for 06-linear-regression:/);
  });
  it("the script prints the hint and exits 0", () => {
    expect(script.hint.code).toBe(0);
    expect(script.hint.output).toMatch(/^Hint 1 of \d+ for 01-expressions:/);
  });
});

describe("kit: npm run hint follows the exercise at hand", () => {
  // A state of its own: what the tests above recorded does not count here.
  const focused = mkdtempSync(join(tmpdir(), "gradkit-hint-last-"));
  afterAll(() => rmSync(focused, { recursive: true, force: true }));
  const hintHere = (...args: string[]) => hintCommand(args, { exercises: join(ROOT, "exercises"), state: focused });

  it("with no number: the next hint of the exercise last saved or graded alone, not the first unfinished one", () => {
    expect(hintHere().output).toMatch(/^Hint 1 of \d+ for 01-expressions:/);
    saveLastExercise("09-neural-network-xor", focused);
    expect(hintHere().output).toMatch(/^Hint 1 of \d+ for 09-neural-network-xor:/);
    expect(hintHere().output).toMatch(/^Hint 2 of \d+ for 09-neural-network-xor:/);
    // a number still chooses, and does not move what "no number" means
    expect(hintHere("4").output).toMatch(/^Hint 1 of \d+ for 04-backprop-by-hand:/);
    expect(hintHere().output).toMatch(/^Hint 3 of \d+ for 09-neural-network-xor:/);
  });
  it("takes the exercise as grade does: 9, 09 or the folder name", () => {
    for (const which of ["9", "09", "09-neural-network-xor", "exercises/09-neural-network-xor/"])
      expect(hintHere(which, "1").output).toMatch(/^Hint 1 of \d+ for 09-neural-network-xor:/);
  });
  it("the record: saved and read back; none, unreadable or not a folder name is no record", () => {
    const state = mkdtempSync(join(tmpdir(), "gradkit-last-"));
    try {
      expect(readLastExercise(state)).toBeUndefined();
      saveLastExercise("03-chain-rule", state);
      expect(readLastExercise(state)).toBe("03-chain-rule");
      writeFileSync(join(state, "last-exercise.json"), "{ not json");
      expect(readLastExercise(state)).toBeUndefined();
      writeFileSync(join(state, "last-exercise.json"), JSON.stringify({ exercise: "../../etc" }));
      expect(readLastExercise(state)).toBeUndefined();
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });
  it("a finished or vanished last exercise gives way to the first unfinished one", () => {
    const folder = mkdtempSync(join(tmpdir(), "gradkit-exercises-"));
    try {
      const exercise = (name: string, code: string): void => {
        mkdirSync(join(folder, name));
        writeFileSync(join(folder, name, "code.ts"), code);
      };
      exercise("01-first", "export const a = 1;\n");
      exercise("02-second", 'throw new Error("TODO(02.1): a");\n');
      exercise("03-third", "export const c = 3;\n");
      const all = ["01-first", "02-second", "03-third"];
      const graded = { "01-first": { passed: 4, total: 4 }, "03-third": { passed: 2, total: 5 } };
      expect(currentExercise(folder, all, graded, undefined)).toBe("02-second");
      expect(currentExercise(folder, all, graded, "03-third")).toBe("03-third");
      // 01 passes every test: the student has moved on
      expect(currentExercise(folder, all, graded, "01-first")).toBe("02-second");
      // disabled or renamed since
      expect(currentExercise(folder, all, graded, "07-gone")).toBe("02-second");
      expect(currentExercise(folder, ["01-first"], graded, "01-first")).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("kit: npm run grade on a bad target", () => {
  it("is a one-line error, no stack trace, exit 2", () => {
    expect(script.grade.code).toBe(2);
    expect(script.grade.output.trim().split("\n")).toHaveLength(1);
    expect(script.grade.output).toMatch(/^error: No folder "nonexistent"/);
    expect(() => parseTarget("mutant:06-linear-regression/nope")).toThrow(
      /^No mutant "06-linear-regression\/nope" \(mutants has: /,
    );
  });
});
