import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHints } from "../../scripts/kit/hints.js";
import { run } from "../../scripts/kit/run.js";
import { ROOT } from "../../scripts/kit/targets.js";

const state = mkdtempSync(join(tmpdir(), "gradkit-hint-"));
afterAll(() => rmSync(state, { recursive: true, force: true }));
const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const hint = (...args: string[]) => run(process.execPath, [tsx, "scripts/hint.ts", ...args], { cwd: ROOT, env: { ...process.env, GRADKIT_STATE: state } });
const grade = (...args: string[]) => run(process.execPath, [tsx, "scripts/grade.ts", ...args], { cwd: ROOT });

// Every command at once (each is a Node start-up): only the two plain `npm run hint` depend on each other.
type Ran = Awaited<ReturnType<typeof run>>;
let ran: Record<"first" | "second" | "tooFar" | "unknown" | "second6" | "noFolder" | "noMutant", Ran>;
beforeAll(async () => {
  const [[first, second], tooFar, unknown, second6, noFolder, noMutant] = await Promise.all([
    hint().then(async (one) => [one, await hint()] as const),
    hint("6", "99"),
    hint("42"),
    hint("6", "2"),
    grade("nonexistent"),
    grade("mutant:06-linear-regression/nope"),
  ]);
  ran = { first, second, tooFar, unknown, second6, noFolder, noMutant };
}, 60_000);

/** The lines inside a solution's BEGIN/END SOLUTION regions, as code (comments left out). */
function answerLines(exercise: string): string[] {
  const folder = join(ROOT, "solutions", exercise);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .flatMap((name) => {
      let inside = false;
      return readFileSync(join(folder, name), "utf8")
        .split("\n")
        .filter((line) => {
          if (/BEGIN SOLUTION/.test(line)) inside = true;
          else if (/END SOLUTION/.test(line)) inside = false;
          else return inside && !line.trim().startsWith("//");
          return false;
        });
    });
}

describe("kit: hints nudge, never answer", () => {
  const exercises = readdirSync(join(ROOT, "solutions")).filter((name) => /^\d\d-/.test(name));
  it.each(exercises)("%s: no hint holds a line of the solution", (exercise) => {
    const squeeze = (text: string): string => text.replace(/[`\s;!]/g, "");
    const hints = parseHints(readFileSync(join(ROOT, "solutions", exercise, "hints.md"), "utf8")).map(squeeze);
    expect(hints.length).toBeGreaterThan(0);
    const given = answerLines(exercise).filter((line) => squeeze(line).length >= 12 && hints.some((text) => text.includes(squeeze(line))));
    expect(given).toEqual([]);
  });
});

describe("kit: npm run hint", () => {
  it("with no number: the next hint of the first unfinished exercise, one more each time", () => {
    expect(ran.first.code).toBe(0);
    expect(ran.first.output).toMatch(/^Hint 1 of \d+ for 01-expressions:/);
    expect(ran.second.output).toMatch(/^Hint 2 of \d+ for 01-expressions:/);
  });
  it("a hint number out of range says how many hints there are; an unknown exercise says which exist", () => {
    const count = parseHints(readFileSync(join(ROOT, "exercises", "06-linear-regression", "hints.md"), "utf8")).length;
    expect(ran.tooFar.code).toBe(2);
    expect(ran.tooFar.output.trim().split("\n")).toHaveLength(1);
    expect(ran.tooFar.output).toContain(`06-linear-regression has ${count} hints`);
    expect(ran.unknown.code).toBe(2);
    expect(ran.unknown.output).toContain('no exercise "42"');
    expect(ran.second6.output).toMatch(/^Hint 2 of \d+ for 06-linear-regression:/);
  });
});

describe("kit: npm run grade on a bad target", () => {
  it("is a one-line error, no stack trace, exit 2", () => {
    expect(ran.noFolder.code).toBe(2);
    expect(ran.noFolder.output.trim().split("\n")).toHaveLength(1);
    expect(ran.noFolder.output).toMatch(/^error: No folder "nonexistent"/);
    expect(ran.noMutant.code).toBe(2);
    expect(ran.noMutant.output).toMatch(/^error: No mutant "06-linear-regression\/nope"/);
  });
});
