import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processesOf } from "../../scripts/kit/sandbox.js";
import type { GradescopeResults } from "../../scripts/kit/score.js";
import { ROOT } from "../../scripts/kit/targets.js";
import { type SimulatedLayout, runAutograder, simulateLayout, solution } from "./support/gradescope.js";

// The red team: hostile submissions, each run through run_autograder on a simulated Gradescope layout (as root,
// the student's code as an unprivileged uid of its own, so the runs can go in parallel). Each carries its attack
// in exercise 05's file, whose honest content is wrong (scores 0) beside a solved exercise 01 (scores 10): an
// attack that works shows up as a score above the honest one.
const isRoot = process.getuid?.() === 0;
if (!isRoot)
  console.log(
    "red team: SKIPPED, it needs root (it runs submissions as another user, as Gradescope's run_autograder does)",
  );

/** A short course keeps each run fast: 01 (solved), 05 (the attack's carrier) with its hidden tests. */
const manifest = (options: { hidden?: boolean; timeoutSeconds?: number } = {}): object => ({
  exercises: [
    { folder: "01-expressions", title: "Expressions", points: 10, hiddenPoints: 0 },
    {
      folder: "05-gradient-descent",
      title: "Gradient descent by hand",
      points: 10,
      hiddenPoints: options.hidden === false ? 0 : 2,
      timeoutSeconds: options.timeoutSeconds ?? 120,
    },
  ],
  runTimeoutSeconds: 400,
});

/** Exercise 05, wrong everywhere but type-correct: the honest score of every carrier is 0. */
const WRONG = `
export const xs: readonly number[] = [1, 2, 3, 4];
export const ys: readonly number[] = [2, 4, 6, 8];
export function loss(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number { return 42 + w + x.length + y.length; }
export function lossGradient(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number { return 42 + w + x.length + y.length; }
export function train(epochs: number, learningRate: number, initialW = 0): number[] { return [42 + epochs + learningRate + initialW]; }
export function predict(w: number, x: number): number { return 42 + w + x; }
`;

/** Helpers an attack uses: where the grader's files are (vitest runs in /autograder/source), and a file walk. */
const TOOLS = `
import * as fs from "node:fs";
import * as path from "node:path";
import * as child from "node:child_process";
const source = process.cwd();
const root = path.dirname(source);
function walk(dir: string): string[] {
  try {
    return fs.readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "node_modules") return [];
      try { return fs.statSync(full).isDirectory() ? walk(full) : [full]; } catch (error) { return [String(error)]; }
    });
  } catch (error) { return [String(error)]; }
}
function read(file: string): string { try { return fs.readFileSync(file, "utf8"); } catch (error) { return String(error); } }
function attempt(action: () => unknown): void { try { action(); } catch { /* keep going */ } }
void walk; void read; void attempt; void child; void root;
`;

const carrier = (attack: string, body = WRONG): string => `${TOOLS}\n${attack}\n${body}`;

/** Exercise 05 with every function leaking `text()` in the error it throws. */
const leaking = (text: string): string => `${TOOLS}
const leak = (): never => { throw new Error(${text}); };
export const xs: readonly number[] = [1, 2, 3, 4];
export const ys: readonly number[] = [2, 4, 6, 8];
export function loss(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number { void w; void x; void y; return leak(); }
export function lossGradient(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number { void w; void x; void y; return leak(); }
export function train(epochs: number, learningRate: number, initialW = 0): number[] { void epochs; void learningRate; void initialW; return leak(); }
export function predict(w: number, x: number): number { void w; void x; return leak(); }
`;

interface Fixture {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly manifest?: object;
  /** Not an attack: a submission the grader must grade in a particular way (checked below). */
  readonly ordinary?: boolean;
}

const honest = { "warmups.ts": solution("01-expressions/warmups.ts") };
const fixtures: Fixture[] = [
  { name: "honest", files: { ...honest, "gradientDescent.ts": carrier("", WRONG) } },
  {
    name: "rewrites the manifest at import (01 worth 112, the rest 0)",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const forged = JSON.stringify({ exercises: [{ folder: "05-gradient-descent", title: "x", points: 112, hiddenPoints: 0 }] });
for (const dir of [source, "/autograder/source"]) attempt(() => fs.writeFileSync(path.join(dir, "tests/graded/manifest.json"), forged));
for (const dir of [source, "/autograder/source"]) attempt(() => fs.rmSync(path.join(dir, "tests/graded/01-expressions"), { recursive: true }));`),
    },
  },
  {
    name: "appends a line to run_autograder",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const line = "\\necho '{\\"score\\": 999, \\"max_score\\": 22, \\"tests\\": []}' > results/results.json\\n";
for (const file of [path.join(root, "run_autograder"), path.join(source, "run_autograder"), "/autograder/run_autograder"]) attempt(() => fs.appendFileSync(file, line));`),
    },
  },
  {
    name: "a detached process replaces results.json when it appears",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const script = "const fs = require('fs'); setInterval(() => { for (const f of [process.argv[1], '/autograder/results/results.json']) { try { fs.mkdirSync(require('path').dirname(f), { recursive: true }); fs.writeFileSync(f, JSON.stringify({ score: 999, max_score: 22, tests: [] })); } catch {} } }, 20);";
attempt(() => child.spawn(process.execPath, ["-e", script, path.join(root, "results", "results.json")], { detached: true, stdio: "ignore" }).unref());`),
    },
  },
  {
    name: "throws the hidden tests' text from its functions",
    files: {
      ...honest,
      "gradientDescent.ts": leaking(
        `walk(path.join(source, "tests/hidden")).map((file) => file + "\\n" + read(file)).join("\\n")`,
      ),
    },
  },
  {
    name: "reads everything under /autograder/source into its errors",
    files: {
      ...honest,
      "gradientDescent.ts": leaking(
        `[...walk(source), ...walk("/autograder/source")].map((file) => file + "\\n" + read(file)).join("\\n").slice(0, 200000)`,
      ),
    },
  },
  {
    name: "loops forever (while (true) {})",
    manifest: manifest({ timeoutSeconds: 25 }),
    files: {
      ...honest,
      "gradientDescent.ts": carrier(
        "",
        WRONG.replace("{ return 42 + w + x.length + y.length; }", "{ while (true) {} }"),
      ),
    },
  },
  {
    name: "patches chai: Assertion.prototype.assert = () => {}",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const expectGlobal = (globalThis as unknown as Record<symbol, (value: unknown) => object>)[Symbol.for("expect-global")]!;
(Object.getPrototypeOf(expectGlobal(0)) as { assert: () => void }).assert = () => {};`),
    },
  },
  {
    name: "expect.extend and expect.addEqualityTesters make every matcher pass",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const expectGlobal = (globalThis as unknown as Record<symbol, { extend(m: object): void; addEqualityTesters(t: unknown[]): void }>)[Symbol.for("expect-global")]!;
const pass = () => ({ pass: true, message: () => "" });
attempt(() => expectGlobal.addEqualityTesters([() => true]));
attempt(() => expectGlobal.extend({ toBeCloseTo: pass, toEqual: pass, toBe: pass, toBeLessThan: pass, toHaveLength: pass }));`),
    },
  },
  {
    name: "replaces globals the tests use (Object.is, Math, Array.prototype.every and forEach, Number.isFinite)",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
attempt(() => { Object.is = () => true; });
attempt(() => { Math.abs = () => 0; });
attempt(() => { (globalThis as { Math: unknown }).Math = { ...Math, abs: () => 0 }; });
attempt(() => { Array.prototype.every = () => true; });
attempt(() => { Array.prototype.forEach = () => {}; });
attempt(() => { Number.isFinite = () => true; });
attempt(() => Object.defineProperty(Array.prototype, "map", { value: () => [] }));`),
    },
  },
  {
    name: "patches Object.prototype.hasOwnProperty and toString (checked, not frozen)",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
attempt(() => { Object.prototype.toString = () => "[object Object]"; });
attempt(() => { Object.prototype.valueOf = function () { return this; }; });`),
    },
  },
  {
    name: "forges the grader's report on file descriptor 3",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const guess = [read("/proc/" + process.ppid + "/environ"), read("/proc/" + process.ppid + "/cmdline"), JSON.stringify(process.env)].join(" ");
const nonce = (guess.match(/[0-9a-f]{48}/) ?? ["0".repeat(48)])[0];
const report = JSON.stringify([{ target: "x", file: "tests/graded/05-gradient-descent/gradientDescent.test.ts", tests: [] }]);
for (const fd of [3, 4, 5]) attempt(() => fs.writeSync(fd, "\\n" + nonce + " BEGIN\\n" + report + "\\n" + nonce + " END\\n"));
attempt(() => fs.writeFileSync("/proc/" + process.ppid + "/fd/3", "\\n" + nonce + " BEGIN\\n" + report + "\\n" + nonce + " END\\n"));`),
    },
  },
  { name: "calls process.exit(0) at import", files: { ...honest, "gradientDescent.ts": carrier("process.exit(0);") } },
  {
    name: "floods the machine with child processes",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
attempt(() => child.spawn("sh", ["-c", "while true; do sleep 1000 & done"], { detached: true, stdio: "ignore" }).unref());
for (let i = 0; i < 200; i++) attempt(() => child.spawn("sleep", ["1000"], { detached: true, stdio: "ignore" }).unref());`),
    },
  },
  {
    name: "prints 30 MB",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const megabyte = "x".repeat(1024 * 1024 - 1) + "\\n";
for (let i = 0; i < 30; i++) { attempt(() => fs.writeSync(1, megabyte)); attempt(() => fs.writeSync(2, megabyte)); }
for (let i = 0; i < 30; i++) console.log(megabyte);`),
    },
  },
  {
    name: "type error",
    ordinary: true,
    files: {
      "warmups.ts": `${solution("01-expressions/warmups.ts")}\nexport const five: string = 5;\n`,
      "gradientDescent.ts": WRONG,
    },
  },
  {
    name: "a stale copy, a helper file, a stray note",
    ordinary: true,
    files: {
      "warmups.ts": solution("01-expressions/warmups.ts"),
      "old/warmups.ts": solution("01-expressions/warmups.ts"),
      "gradientDescent.ts": `import { mean } from "./mean.js";\n${solution("05-gradient-descent/gradientDescent.ts").replaceAll("return total / x.length;", "return mean(total, x.length);")}`,
      "mean.ts":
        "/** The mean of n values that add up to total. */\nexport const mean = (total: number, n: number): number => total / n;\n",
      "notes.txt": "remember to submit",
    },
  },
];

/** The attacks whose runs must also leave no hidden test's text in anything visible. */
const hiddenTexts = (): string[] => {
  const folder = join(ROOT, "tests", "hidden");
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".ts"));
  // A distinctive line of each hidden test file (its describe title) and its whole text.
  return files.flatMap((path) => {
    const text = readFileSync(join(folder, path), "utf8");
    const title = /describe\("([^"]+)"/.exec(text)?.[1];
    return [title ?? text.slice(0, 80), text.slice(200, 260)];
  });
};

const runs = new Map<
  string,
  {
    results: GradescopeResults | undefined;
    output: string;
    survivors: number[];
    layout: SimulatedLayout;
    resultsAfter: string;
  }
>();
const UID_BASE = 61_100;

beforeAll(async () => {
  if (!isRoot) return;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < fixtures.length; i = next++) {
      const fixture = fixtures[i]!;
      const uid = UID_BASE + i;
      const layout = simulateLayout(fixture.files, fixture.manifest ?? manifest());
      const ran = await runAutograder(layout, uid);
      const survivors = processesOf(uid);
      // Anything left would rewrite results.json now: give it the time to.
      await new Promise((done) => setTimeout(done, 300));
      const resultsAfter = existsSync(layout.resultsFile) ? readFileSync(layout.resultsFile, "utf8") : "";
      runs.set(fixture.name, { results: ran.results, output: ran.output, survivors, layout, resultsAfter });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}, 1_200_000);

afterAll(() => {
  for (const run of runs.values()) rmSync(run.layout.root, { recursive: true, force: true });
});

/** Everything a student sees of a run: the top-level output and the visible tests' names and outputs. */
const visibleText = (results: GradescopeResults): string =>
  [
    results.output,
    ...results.tests.filter((test) => test.visibility === "visible").flatMap((test) => [test.name, test.output]),
  ].join("\n");

describe.skipIf(!isRoot)("red team: hostile submissions through run_autograder", () => {
  it("the honest submission scores 10 of 22 (01 solved, 05 wrong), so a working attack would show", () => {
    const run = runs.get("honest")!;
    expect(run.results, run.output).toBeDefined();
    expect(run.results!.score).toBe(10);
    expect(run.results!.max_score).toBe(22);
  });
  it.each(
    fixtures
      .slice(1)
      .filter((fixture) => fixture.ordinary !== true)
      .map((fixture) => fixture.name),
  )("%s: the honest score, nothing alive, no hidden text visible", (name) => {
    const run = runs.get(name)!;
    const honestRun = runs.get("honest")!.results!;
    expect(run.results, `no results.json; run_autograder said:\n${run.output}`).toBeDefined();
    const results = run.results!;
    expect({ score: results.score, max: results.max_score }).toEqual({
      score: honestRun.score,
      max: honestRun.max_score,
    });
    // Exercise 01 is graded as it deserves, whatever 05 did.
    const warmups = results.tests.filter((test) => test.number.startsWith("1."));
    expect(warmups.map((test) => test.status)).toEqual(new Array(11).fill("passed"));
    expect(results.tests.map((test) => test.name)).toEqual(honestRun.tests.map((test) => test.name));
    // Nothing the submission started outlives run_autograder, and results.json is root's.
    expect(run.survivors).toEqual([]);
    expect(run.resultsAfter).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(statSync(run.layout.resultsFile).uid).toBe(0);
    const visible = visibleText(results);
    for (const text of hiddenTexts()) expect(visible).not.toContain(text);
    expect(Buffer.byteLength(JSON.stringify(results))).toBeLessThan(1_000_000);
    // The grader's files are as they were.
    expect(readFileSync(join(run.layout.source, "tests", "graded", "manifest.json"), "utf8")).toBe(
      JSON.stringify(fixtures.find((f) => f.name === name)!.manifest ?? manifest(), null, 2),
    );
    expect(readFileSync(join(run.layout.root, "run_autograder"), "utf8")).toBe(
      readFileSync(join(run.layout.source, "run_autograder"), "utf8"),
    );
  });
  it("the endless loop costs only its own exercise: 0 with 'timed out after 25 s'", () => {
    const results = runs.get("loops forever (while (true) {})")!.results!;
    const first = results.tests.find((test) => test.number === "2.1")!;
    expect(first.output).toContain("Timed out after 25 s");
    expect(results.output).toContain("05-gradient-descent (timed out)");
  });
  it("patching the assertion library scores the exercise 0 with a message", () => {
    const chai = runs.get("patches chai: Assertion.prototype.assert = () => {}")!.results!;
    expect(chai.tests.find((test) => test.number === "2.1")!.output).toMatch(/read only|not extensible|Cannot assign/);
    const prototype = runs.get("patches Object.prototype.hasOwnProperty and toString (checked, not frozen)")!.results!;
    expect(prototype.tests.find((test) => test.number === "2.1")!.output).toContain("[tampering]");
    expect(prototype.output).toContain("05-gradient-descent (tampering)");
  });
  it("a type error scores its exercise 0 with the compiler's message, keeping its 11 tests and 10 points", () => {
    const results = runs.get("type error")!.results!;
    const warmups = results.tests.filter((test) => test.number.startsWith("1."));
    expect(warmups).toHaveLength(11);
    expect(warmups.reduce((sum, test) => sum + Math.round(test.max_score * 100), 0)).toBe(1000);
    expect(warmups.every((test) => test.score === 0)).toBe(true);
    expect(warmups[0]!.output).toContain("error TS2322");
    expect(results.output).toContain("01-expressions (type errors)");
    expect(results.score).toBe(0);
  });
  it("two files for one exercise file: a visible error naming both; a helper beside its exercise is importable; ignored files listed", () => {
    const results = runs.get("a stale copy, a helper file, a stray note")!.results!;
    expect(results.output).toContain("old/warmups.ts and warmups.ts");
    expect(results.tests.find((test) => test.number === "1.1")!.output).toContain("old/warmups.ts and warmups.ts");
    expect(results.output).toContain("mean.ts -> exercises/05-gradient-descent/mean.ts");
    expect(results.output).toMatch(/notes\.txt: not a \.ts file/);
    expect(results.score).toBe(12);
  });
  it("process.exit(0) at import scores that exercise 0 and says why", () => {
    const results = runs.get("calls process.exit(0) at import")!.results!;
    expect(results.tests.find((test) => test.number === "2.1")!.output).toMatch(
      /process\.exit|Exited during the tests/,
    );
  });
});
