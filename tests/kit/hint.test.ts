import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hintLeaks, squeeze } from "../../scripts/kit/hintLeaks.js";
import { hintCommand, parseHints } from "../../scripts/kit/hints.js";
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
  it("with no number: the next hint of the first unfinished exercise, one more each time", () => {
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
