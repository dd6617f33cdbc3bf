import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processesOf } from "../../scripts/kit/grading/sandbox.js";
import type { GradescopeResults } from "../../scripts/kit/score.js";
import { ROOT } from "../../scripts/kit/targets.js";
import {
  type AutograderRun,
  type SimulatedLayout,
  removeLayout,
  runAutograder,
  simulateLayout,
  solution,
} from "./support/gradescope.js";

// The red team: hostile submissions, each run through run_autograder on a simulated Gradescope layout (as root;
// each run takes two fresh uids of its own, so the runs go in parallel). Each carries its attack in exercise 05's
// file, whose honest content is wrong (scores 0) beside a solved exercise 01 (scores 10): an attack that works
// shows up as a score above the honest one. The reused-machine attacks run two submissions in turn on one layout.
const isRoot = process.getuid?.() === 0;
if (!isRoot)
  console.log(
    "red team: SKIPPED, it needs root (it runs submissions as other users, as Gradescope's run_autograder does)",
  );

/** A short course keeps each run fast: 01 (solved), 05 (the attack's carrier) with its hidden tests. */
const manifest = (options: { timeoutSeconds?: number } = {}): object => ({
  exercises: [
    { folder: "01-expressions", title: "Expressions", points: 10, hiddenPoints: 0 },
    {
      folder: "05-gradient-descent",
      title: "Gradient descent by hand",
      points: 10,
      hiddenPoints: 2,
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

/** Helpers an attack uses: where the grader's files are, a file walk, a guarded step. */
const TOOLS = `
import * as fs from "node:fs";
import * as path from "node:path";
import * as child from "node:child_process";
const work = process.cwd();
const root = path.resolve(work, "..", "..", "..");
const source = path.join(root, "source");
function walk(dir: string, depth = 0): string[] {
  if (depth > 8) return [];
  try {
    return fs.readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "node_modules" || name === "proc" || name === "sys") return [];
      try { return fs.lstatSync(full).isDirectory() ? walk(full, depth + 1) : [full]; } catch (error) { return [String(error)]; }
    });
  } catch (error) { return [String(error)]; }
}
function read(file: string): string { try { return fs.readFileSync(file, "utf8"); } catch (error) { return String(error); } }
function attempt(action: () => unknown): void { try { action(); } catch { /* keep going */ } }
function python(code: string): void { attempt(() => child.spawn("python3", ["-c", code], { detached: true, stdio: "ignore" }).unref()); }
void walk; void read; void attempt; void child; void root; void python;
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

/** A process whose main thread leaves by the raw exit syscall while another thread lives on: it shows as Z. */
const ZOMBIE_WITH_THREADS = (body: string): string =>
  `import ctypes, threading, time\\ndef keep():\\n${body}\\nthreading.Thread(target=keep).start()\\ntime.sleep(0.2)\\nctypes.CDLL(None).syscall(60, 0)`;

interface Fixture {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly manifest?: object;
  /** Not an attack: a submission the grader must grade in a particular way (checked below). */
  readonly ordinary?: boolean;
  /** A second submission graded after this one on the same layout (a reused machine). */
  readonly afterwards?: Record<string, string>;
}

const honest = { "warmups.ts": solution("01-expressions/warmups.ts") };
const honestSecond = { ...honest, "gradientDescent.ts": carrier("", WRONG) };
const fixtures: Fixture[] = [
  { name: "honest", files: { ...honest, "gradientDescent.ts": carrier("", WRONG) } },
  {
    name: "rewrites vitest's runner (__vitest_worker__.rpc.onTaskUpdate says pass)",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const worker = (globalThis as unknown as { __vitest_worker__?: { rpc: { onTaskUpdate: (packs: unknown[][]) => unknown } } }).__vitest_worker__;
attempt(() => {
  const rpc = worker!.rpc;
  const original = rpc.onTaskUpdate.bind(rpc);
  rpc.onTaskUpdate = (packs) => original(packs.map(([id, result]) => [id, { ...(result as object), state: "pass", errors: [] }]));
});`),
    },
  },
  {
    name: "marks every collected test fails = true",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const state = (globalThis as unknown as { __vitest_worker__?: { current?: { file?: { tasks: { fails?: boolean }[] } } } }).__vitest_worker__;
attempt(() => { for (const task of state!.current!.file!.tasks) task.fails = true; });`),
    },
  },
  {
    name: "patches the library so the tests' own reference values agree (Expression.prototype.diff = () => 42)",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(
        `
import { Expression } from "../../src/index.js";
(Expression.prototype as unknown as { diff: () => number; eval: () => number }).diff = () => 42;
(Expression.prototype as unknown as { diff: () => number; eval: () => number }).eval = () => 42;`,
        WRONG,
      ),
    },
  },
  {
    name: "reads the hidden tests and returns the values they expect (a hidden oracle)",
    files: {
      ...honest,
      "gradientDescent.ts": leaking(
        `[...walk(path.join(source, "tests")), ...walk(path.join(root, "work", "grader")), ...walk("/autograder")].filter((f) => f.includes("hidden")).map((file) => file + "\\n" + read(file)).join("\\n").slice(0, 200000)`,
      ),
    },
  },
  {
    name: "reads other processes' memory, environment and file descriptors (the grader's), writes frames to them",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const pids = fs.readdirSync("/proc").filter((name) => /^\\d+$/.test(name) && Number(name) !== process.pid);
const loot = pids.map((pid) => read("/proc/" + pid + "/environ") + read("/proc/" + pid + "/cmdline")).join("\\n");
const frame = Buffer.from(JSON.stringify({ a: 1, ok: 10 }));
const header = Buffer.alloc(8); header.writeUInt32BE(frame.length + 4, 0); header.writeUInt32BE(1, 4);
for (const pid of pids) for (const fd of [3, 4, 5]) attempt(() => fs.writeFileSync("/proc/" + pid + "/fd/" + fd, Buffer.concat([header, frame])));
for (const pid of pids) attempt(() => { const handle = fs.openSync("/proc/" + pid + "/mem", "r"); fs.closeSync(handle); });
for (const fd of [3, 4, 5, 6, 7]) attempt(() => fs.writeSync(fd, Buffer.concat([header, frame])));
void loot;`),
    },
  },
  {
    name: "sends a malformed reply (a frame of garbage) on its reply channel",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
attempt(() => fs.writeSync(3, Buffer.concat([Buffer.from([0, 0, 0, 12]), Buffer.from("{not json at")])));`),
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
    name: "a zombie whose thread lives on (main thread ended by SYS_exit) waits for results.json",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
python(${JSON.stringify(ZOMBIE_WITH_THREADS(`    while True:\n        time.sleep(0.05)\n        try:\n            open(${JSON.stringify("RESULTS")}, "w").write('{"score": 999}')\n        except Exception:\n            pass`))}.replace("RESULTS", path.join(root, "results", "results.json")));`),
    },
  },
  {
    name: "hoards memory: 70 zombies with live threads holding 30 MB each",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
for (let i = 0; i < 70; i++) python(${JSON.stringify(ZOMBIE_WITH_THREADS("    hoard = bytearray(30 * 1024 * 1024)\n    for i in range(0, len(hoard), 4096): hoard[i] = 1\n    time.sleep(100000)"))});`),
    },
  },
  {
    name: "fills the disk where results.json goes, and keeps it full",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const filler = "const fs = require('fs'); const p = require('path'); const block = Buffer.alloc(1 << 20, 1); let n = 0; setInterval(() => { for (const dir of [process.env.HOME, process.cwd()]) { try { fs.appendFileSync(p.join(dir, 'fill-' + (n++ % 40)), block); } catch {} } }, 1);";
attempt(() => child.spawn(process.execPath, ["-e", filler], { detached: true, stdio: "ignore" }).unref());`),
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
    name: "2,000 huge failures: every function throws a 1 MB message",
    files: {
      ...honest,
      "gradientDescent.ts": leaking(`"x".repeat(1024 * 1024)`),
    },
  },
  {
    name: "calls process.exit(0) at import",
    files: { ...honest, "gradientDescent.ts": carrier("process.exit(0);") },
  },
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
    name: "crashes the type checker (a helper with 30,000 nested parentheses)",
    files: {
      ...honest,
      // In 05's folder, so the helper goes to 05 alone (a flat helper is placed beside every exercise file).
      "05-gradient-descent/gradientDescent.ts": `import { deep } from "./deep.js";\nvoid deep;\n${WRONG}`,
      "05-gradient-descent/deep.ts": `export const deep = ${"(".repeat(30_000)}1${")".repeat(30_000)};\n`,
    },
  },
  {
    name: "reused machine: run A leaves the hidden tests in /tmp, run B prints them",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
attempt(() => fs.mkdirSync("/tmp/gradkit-loot", { recursive: true, mode: 0o777 }));
for (const file of [...walk(path.join(source, "tests")), ...walk(path.join(root, "work", "grader"))])
  attempt(() => fs.copyFileSync(file, path.join("/tmp/gradkit-loot", path.basename(file))));
attempt(() => child.spawn("sh", ["-c", "while true; do cp -r " + source + "/tests /tmp/gradkit-loot/ 2>/dev/null; chmod -R 777 /tmp/gradkit-loot 2>/dev/null; sleep 0.05; done"], { detached: true, stdio: "ignore" }).unref());`),
    },
    afterwards: {
      ...honest,
      "gradientDescent.ts": leaking(
        `walk("/tmp/gradkit-loot").map((file) => file + "\\n" + read(file)).join("\\n").slice(0, 200000)`,
      ),
    },
  },
  {
    name: "reused machine: a survivor of run A swaps run B's work files for links to the grader's config",
    files: {
      ...honest,
      "gradientDescent.ts": carrier(`
const swap = "while true; do for f in $(find " + path.join(root, "work") + " -name '*.json' -o -name '*.ts' 2>/dev/null); do rm -f $f; ln -s " + path.join(source, "vitest.graded.config.ts") + " $f 2>/dev/null; done; sleep 0.01; done";
attempt(() => child.spawn("sh", ["-c", swap], { detached: true, stdio: "ignore" }).unref());`),
    },
    afterwards: honestSecond,
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

/** A distinctive line of each hidden test file (its describe title) and a slice of its text. */
const hiddenTexts = (): string[] => {
  const folder = join(ROOT, "tests", "hidden");
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".ts"));
  return files.flatMap((path) => {
    const text = readFileSync(join(folder, path), "utf8");
    const title = /describe\("([^"]+)"/.exec(text)?.[1];
    return [title ?? text.slice(0, 80), text.slice(200, 260)];
  });
};

interface Outcome {
  readonly results: GradescopeResults | undefined;
  readonly run: AutograderRun;
  /** Live processes of the run's uids right after run_autograder returned. */
  readonly survivors: number[];
  readonly layout: SimulatedLayout;
  /** results.json as it is a moment later (a survivor would have rewritten it by then). */
  readonly resultsAfter: string;
  /** The grader's config after the run (a survivor swapping files for links must not have reached it). */
  readonly configAfter: { readonly uid: number; readonly text: string };
}

const runs = new Map<string, Outcome>();
const seconds = new Map<string, number>();

async function grade(name: string, layout: SimulatedLayout): Promise<Outcome> {
  const started = Date.now();
  const run = await runAutograder(layout);
  seconds.set(name, (Date.now() - started) / 1000);
  const survivors = run.uids.flatMap((uid) => processesOf(uid));
  await new Promise((done) => setTimeout(done, 300));
  const resultsAfter = existsSync(layout.resultsFile) ? readFileSync(layout.resultsFile, "utf8") : "";
  const config = join(layout.source, "vitest.graded.config.ts");
  return {
    results: run.results,
    run,
    survivors,
    layout,
    resultsAfter,
    configAfter: { uid: statSync(config).uid, text: readFileSync(config, "utf8") },
  };
}

beforeAll(async () => {
  if (!isRoot) return;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < fixtures.length; i = next++) {
      const fixture = fixtures[i]!;
      // The disk filler gets a layout on a small disk of its own (300 MB), which it really fills.
      const diskMB = fixture.name.startsWith("fills the disk") ? 300 : undefined;
      const layout = simulateLayout(
        fixture.files,
        fixture.manifest ?? manifest(),
        diskMB === undefined ? {} : { diskMB },
      );
      const first = await grade(fixture.name, layout);
      runs.set(fixture.name, first);
      if (fixture.afterwards !== undefined) {
        simulateLayout(fixture.afterwards, fixture.manifest ?? manifest(), { reuse: layout });
        runs.set(`${fixture.name} (second run)`, await grade(`${fixture.name} (second run)`, layout));
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  console.log(
    `red team: ${[...seconds].map(([name, time]) => `${time.toFixed(0)} s ${name.slice(0, 40)}`).join("; ")}`,
  );
}, 1_800_000);

afterAll(() => {
  for (const run of new Set([...runs.values()].map((outcome) => outcome.layout))) removeLayout(run);
  rmSync("/tmp/gradkit-loot", { recursive: true, force: true });
});

/** Everything a student sees of a run: the top-level output and the visible tests' names and outputs. */
const visibleText = (results: GradescopeResults): string =>
  [
    results.output,
    ...results.tests.filter((test) => test.visibility === "visible").flatMap((test) => [test.name, test.output]),
  ].join("\n");

const attacks = fixtures
  .filter((fixture) => fixture.ordinary !== true && fixture.name !== "honest")
  .flatMap((fixture) =>
    fixture.afterwards === undefined ? [fixture.name] : [fixture.name, `${fixture.name} (second run)`],
  );

describe.skipIf(!isRoot)("red team: hostile submissions through run_autograder", () => {
  it("the honest submission scores 10 of 22 (01 solved, 05 wrong), so a working attack would show", () => {
    const run = runs.get("honest")!;
    expect(run.results, run.run.output).toBeDefined();
    expect(run.results!.score).toBe(10);
    expect(run.results!.max_score).toBe(22);
  });
  it.each(attacks)(
    "%s: the honest score, nothing alive, no hidden text visible, results.json whole and small",
    (name) => {
      const run = runs.get(name)!;
      const honestRun = runs.get("honest")!.results!;
      expect(run.results, `no results.json; run_autograder said:\n${run.run.output.slice(-3000)}`).toBeDefined();
      const results = run.results!;
      expect({ score: results.score, max: results.max_score }).toEqual({
        score: honestRun.score,
        max: honestRun.max_score,
      });
      // Exercise 01 is graded as it deserves, whatever 05 did.
      const warmups = results.tests.filter((test) => test.number.startsWith("1."));
      expect(warmups.map((test) => test.status)).toEqual(new Array(11).fill("passed"));
      // The same tests (the staff-only entries of what the code printed aside).
      const graded = (tests: GradescopeResults["tests"]): string[] =>
        tests.filter((test) => !test.number.endsWith("out")).map((test) => test.name);
      expect(graded(results.tests)).toEqual(graded(honestRun.tests));
      // Nothing the submission started outlives run_autograder, and results.json is root's and stays as written.
      expect(run.run.uids).toHaveLength(2);
      expect(run.survivors).toEqual([]);
      expect(run.resultsAfter).toBe(run.run.resultsText);
      expect(statSync(run.layout.resultsFile).uid).toBe(0);
      const visible = visibleText(results);
      for (const text of hiddenTexts()) expect(visible).not.toContain(text);
      expect(Buffer.byteLength(run.resultsAfter)).toBeLessThan(1_000_000);
      // The grader's files are as they were: root's, unchanged.
      expect(run.configAfter.uid).toBe(0);
      expect(run.configAfter.text).toBe(readFileSync(join(ROOT, "vitest.graded.config.ts"), "utf8"));
      expect(readFileSync(join(run.layout.root, "run_autograder"), "utf8")).toBe(
        readFileSync(join(run.layout.source, "run_autograder"), "utf8"),
      );
      // Nothing of the run's uids is left in the shared temporary folders.
      for (const uid of run.run.uids) {
        const left = spawnSync("find", ["/tmp", "/var/tmp", "/dev/shm", "-xdev", "-uid", String(uid)], {
          encoding: "utf8",
        });
        expect(left.stdout.trim()).toBe("");
      }
    },
  );
  it("the endless loop costs only its own exercise: 0 with 'Timed out after 25 s'", () => {
    const results = runs.get("loops forever (while (true) {})")!.results!;
    const first = results.tests.find((test) => test.number === "5.1")!;
    expect(first.output).toContain("Timed out after 25 s");
    expect(results.output).toContain("05-gradient-descent (timed out)");
  });
  it("a malformed reply ends that exercise without quoting it", () => {
    const results = runs.get("sends a malformed reply (a frame of garbage) on its reply channel")!.results!;
    expect(visibleText(results)).not.toContain("{not json at");
  });
  it("a type checker that crashes fails closed: the exercise it cannot check scores 0", () => {
    const results = runs.get("crashes the type checker (a helper with 30,000 nested parentheses)")!.results!;
    expect(results.output).toMatch(/05-gradient-descent \((type-check failed|type errors)\)/);
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
    expect(results.tests.find((test) => test.number === "5.1")!.output).toMatch(/exited|process\.exit/);
  });
  it("the staff output says how the student's code was contained", () => {
    expect(runs.get("honest")!.run.output).toMatch(/sandboxed run: grader uid \d+, student uid \d+; /);
  });
  it("what the student's code printed reaches staff only: a hidden 0-point entry, capped", () => {
    const results = runs.get("prints 30 MB")!.results!;
    const printed = results.tests.filter((test) => test.number.endsWith("out"));
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((test) => test.visibility === "hidden" && test.max_score === 0)).toBe(true);
    expect(printed.every((test) => test.output.length < 10_000)).toBe(true);
  });
});
