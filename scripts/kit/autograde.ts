import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { reportFrame, type ModuleReport } from "./KitReporter.js";
import { collectSubmission, describeCollection } from "./collectSubmission.js";
import { cap } from "./failureMessage.js";
import type { AutograderLayout } from "./layout.js";
import { DEFAULT_TIMEOUT_SECONDS, readManifestFile, type ManifestExercise } from "./manifest.js";
import { type Account, asAccount, endAllOf, runLimited } from "./sandbox.js";
import { type GradescopeResults, type Suite, type ZeroReason, groupKey, score } from "./score.js";
import { ROOT } from "./targets.js";
import { tscCommand, typecheckInRounds, writeExercisesTsconfig } from "./typecheck.js";

/** Output kept per process (the rest is counted and dropped): 30 MB of prints cost nothing. */
const OUTPUT_LIMIT = 64 * 1024;
/** The visible top-level output of results.json is cut here. */
const SUMMARY_LIMIT = 20_000;
const VITEST = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const CONFIG = join(ROOT, "vitest.graded.config.ts");
const REPORTER = join(ROOT, "scripts", "kit", "KitReporter.ts");

/** The account student code runs as: AUTOGRADER_UID/GID if set (the kit's checks), else the user `student` setup.sh made. */
export function studentAccount(env: NodeJS.ProcessEnv = process.env): Account {
  if (env.AUTOGRADER_UID !== undefined) {
    const uid = Number(env.AUTOGRADER_UID);
    return { uid, gid: Number(env.AUTOGRADER_GID ?? uid) };
  }
  const id = (flag: string): number => Number(execFileSync("id", [flag, "student"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** Makes `path` and everything under it owned by `account` (lchown: links are not followed). */
function chownTree(path: string, account: Account): void {
  chownSync(path, account.uid, account.gid);
  if (!statSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), account);
}

/** Makes a folder readable by everyone (dirs 755, files 644), or by root only (700). */
function setReadable(path: string, everyone: boolean): void {
  if (!existsSync(path)) return;
  const isDirectory = statSync(path).isDirectory();
  chmodSync(path, everyone ? (isDirectory ? 0o755 : 0o644) : 0o700);
  if (isDirectory) for (const name of readdirSync(path)) setReadable(join(path, name), everyone);
}

/** The exercises that have tests in one suite. */
function hasTests(suite: Suite, folder: string): boolean {
  const dir = join(ROOT, "tests", suite, folder);
  return (
    existsSync(dir) && readdirSync(dir, { recursive: true, encoding: "utf8" }).some((path) => path.endsWith(".test.ts"))
  );
}

/**
 * The test names of every suite of every exercise, by groupKey, listed by root on the fresh stubs before
 * any student code runs: the tests a submission is graded on, whatever its own run reports.
 */
async function listTests(pristine: string, deadline: number): Promise<Map<string, string[]>> {
  const file = join(dirname(pristine), `test-list-${randomBytes(6).toString("hex")}.json`);
  const listed = await runLimited(
    process.execPath,
    [VITEST, "list", "--config", CONFIG, "--configLoader", "runner", `--json=${file}`],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: dirname(pristine),
        KIT_TARGET: pristine,
        KIT_SUITES: "graded,hidden",
        CI: "1",
        NO_COLOR: "1",
      },
      timeoutMs: Math.max(1000, Math.min(180_000, deadline - Date.now())),
      outputLimit: OUTPUT_LIMIT,
    },
  );
  if (!existsSync(file)) throw new Error(`Listing the tests failed:\n${listed.output}`);
  const entries = JSON.parse(readFileSync(file, "utf8")) as { name: string; file: string }[];
  rmSync(file, { force: true });
  const list = new Map<string, string[]>();
  for (const entry of entries) {
    const match = /^tests\/(graded|hidden)\/([^/]+)\//.exec(relative(ROOT, entry.file));
    if (match === null) continue;
    const key = groupKey(match[1] as Suite, match[2]!);
    list.set(key, [...(list.get(key) ?? []), entry.name]);
  }
  return list;
}

/** One exercise's suite, run as the student: its reports, or why it scores 0. */
interface PassResult {
  readonly modules: readonly ModuleReport[];
  readonly zero?: ZeroReason;
  readonly log: string;
}

async function runExercise(
  suite: Suite,
  exercise: ManifestExercise,
  context: { readonly account: Account; readonly work: string; readonly deadline: number; readonly runSeconds: number },
): Promise<PassResult> {
  const seconds = exercise.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const remaining = context.deadline - Date.now();
  if (remaining < 1000) {
    const message = `Not graded: the whole run's limit of ${context.runSeconds} s was reached before these tests ran.`;
    return { modules: [], zero: { note: "not run", message }, log: message };
  }
  const nonce = randomBytes(24).toString("hex");
  const [command, args] = asAccount(context.account, process.execPath, [
    VITEST,
    "run",
    "--config",
    CONFIG,
    "--configLoader",
    "runner",
    "--reporter",
    REPORTER,
    "--maxWorkers=1",
    "--minWorkers=1",
    "--passWithNoTests",
    `tests/${suite}/${exercise.folder}/`,
  ]);
  const started = Date.now();
  const ran = await runLimited(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: join(context.work, "home"),
      TMPDIR: join(context.work, "home", "tmp"),
      KIT_TARGET: join(context.work, "exercises"),
      KIT_SUITES: suite,
      KIT_POOL: "forks",
      KIT_REPORT_FD: "3",
      KIT_REPORT_NONCE: "stdin",
      CI: "1",
      NO_COLOR: "1",
    },
    timeoutMs: Math.min(seconds * 1000, remaining),
    outputLimit: OUTPUT_LIMIT,
    stdin: `${nonce}\n`,
  });
  const took = ((Date.now() - started) / 1000).toFixed(1);
  const log = `${suite} ${exercise.folder}: ${took} s, exit ${ran.code ?? ran.signal}, ${ran.outputBytes} bytes of output${ran.timedOut ? ", timed out" : ""}`;
  if (ran.timedOut) {
    const limit = Math.min(seconds, Math.floor(remaining / 1000));
    const message = `Timed out after ${limit} s: the tests of ${exercise.folder} were stopped, so this part scores 0. Look for a loop that never ends.`;
    return { modules: [], zero: { note: "timed out", message }, log };
  }
  const { begin, end } = reportFrame(nonce);
  const from = ran.channel.indexOf(begin);
  const to = from < 0 ? -1 : ran.channel.indexOf(end, from + begin.length);
  if (from < 0 || to < 0) {
    const output = ran.output.trim();
    const message = cap(
      `Exited during the tests (${ran.signal === null ? `exit code ${ran.code}` : `signal ${ran.signal}`}) before reporting any result, so this part scores 0.` +
        (output === "" ? "" : ` Its output began:\n${output.slice(0, 800)}`),
      1500,
    );
    return { modules: [], zero: { note: "exited", message }, log };
  }
  const modules = (JSON.parse(ran.channel.slice(from + begin.length, to)) as ModuleReport[]).filter((module) =>
    module.file.startsWith(`tests/${suite}/${exercise.folder}/`),
  );
  return { modules, log };
}

/** What a run did, for the kit's checks and the log. */
export interface AutogradeRun {
  readonly results: GradescopeResults;
  readonly log: readonly string[];
}

/**
 * Grades the submission as Gradescope does, as root, with the student's code run as `account`:
 * 1. reads the manifest and lists the tests (root, fresh stubs) before any student code runs;
 * 2. copies the submission into a working copy owned by the account, type-checks it as the account;
 * 3. runs each exercise's visible tests as the account (hidden tests unreadable), one exercise at a time, each
 *    with its time limit, ending every process of the account after each; then the hidden tests the same way;
 * 4. scores, and writes results.json as root.
 */
export async function autograde(layout: AutograderLayout, account: Account): Promise<AutogradeRun> {
  const started = Date.now();
  const log: string[] = [];
  const manifest = readManifestFile(join(ROOT, "tests", "graded", "manifest.json"));
  const deadline = started + manifest.runTimeoutSeconds * 1000;
  const context = { account, work: layout.work, deadline, runSeconds: manifest.runTimeoutSeconds };

  // Hidden tests: root's alone until the visible tests are done. Results: root's alone, always.
  const hiddenFolder = join(ROOT, "tests", "hidden");
  setReadable(hiddenFolder, false);
  mkdirSync(dirname(layout.resultsFile), { recursive: true });
  chmodSync(dirname(layout.resultsFile), 0o755);

  // The working copy: fresh stubs, the submission over them, the library linked in.
  rmSync(layout.work, { recursive: true, force: true });
  mkdirSync(join(layout.work, "home", "tmp"), { recursive: true });
  chmodSync(layout.work, 0o755);
  const exercises = join(layout.work, "exercises");
  const pristine = join(ROOT, "exercises.pristine");
  cpSync(pristine, exercises, { recursive: true });
  const collected = collectSubmission(layout.submission, exercises);
  symlinkSync(join(ROOT, "src"), join(layout.work, "src"));
  chownTree(exercises, account);
  chownTree(join(layout.work, "home"), account);
  chmodSync(join(layout.work, "home"), 0o700);

  // Before any student code runs: the test list (root, stubs) and the type-check (the account; tsc runs no code).
  const [tsc, tscArgs] = tscCommand();
  const [command, args] = asAccount(account, tsc, tscArgs);
  let typecheckTimedOut = false;
  const [testList, typeZero] = await Promise.all([
    listTests(pristine, deadline),
    typecheckInRounds(async (exclude) => {
      writeExercisesTsconfig(layout.work, ROOT, exclude);
      const checked = await runLimited(command, args, {
        cwd: layout.work,
        env: { PATH: process.env.PATH, HOME: join(layout.work, "home") },
        timeoutMs: Math.max(1000, Math.min(180_000, deadline - Date.now())),
        outputLimit: 256 * 1024,
      });
      typecheckTimedOut ||= checked.timedOut;
      return checked.output;
    }),
  ]);
  await endAllOf(account.uid);
  log.push(
    `listed ${[...testList.values()].flat().length} tests; type errors in ${typeZero.size} exercise(s)${typecheckTimedOut ? " (tsc timed out)" : ""}`,
  );
  const exerciseZero = new Map<string, ZeroReason>();
  for (const [folder, message] of collected.conflicts) exerciseZero.set(folder, { note: "two files for one", message });
  if (typecheckTimedOut) {
    for (const exercise of manifest.exercises) {
      exerciseZero.set(exercise.folder, {
        note: "type-check timed out",
        message: "Type-checking your code (tsc) did not finish in time, so it scores 0.",
      });
    }
  }
  for (const [folder, reason] of typeZero) if (!exerciseZero.has(folder)) exerciseZero.set(folder, reason);

  // The two passes, one exercise at a time, each run followed by ending every process of the account: a fork
  // flood or a detached process costs only the exercise that started it.
  const modules: ModuleReport[] = [];
  const groupZero = new Map<string, ZeroReason>();
  for (const suite of ["graded", "hidden"] as const) {
    if (suite === "hidden") setReadable(hiddenFolder, true);
    for (const exercise of manifest.exercises) {
      if ((suite === "graded" ? exercise.points : exercise.hiddenPoints) === 0 || !hasTests(suite, exercise.folder))
        continue;
      const pass = await runExercise(suite, exercise, context);
      const killed = await endAllOf(account.uid);
      modules.push(...pass.modules);
      log.push(`${pass.log}${killed > 0 ? `; ended ${killed} leftover process(es)` : ""}`);
      if (pass.zero !== undefined) groupZero.set(groupKey(suite, exercise.folder), pass.zero);
    }
  }
  setReadable(hiddenFolder, false);

  const { results, rows } = score(manifest.exercises, modules, { hidden: true, testList, exerciseZero, groupZero });
  const notes = rows
    .filter((row) => row.note !== undefined)
    .map((row) => `${row.exercise.folder}: ${row.note} (see its first test)`);
  const output = cap(
    [
      describeCollection(collected),
      "",
      results.output,
      ...(notes.length > 0 ? ["", ...notes] : []),
      "",
      "Run `npm run grade` on your machine to see the same table.",
    ].join("\n"),
    SUMMARY_LIMIT,
  );
  const final: GradescopeResults = { ...results, output };
  // Written by root, after every process of the account has ended: nothing of the submission outlives this.
  const temporary = `${layout.resultsFile}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(final, null, 2)}\n`, { mode: 0o644 });
  renameSync(temporary, layout.resultsFile);
  log.push(`${final.score} / ${final.max_score} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { results: final, log };
}
