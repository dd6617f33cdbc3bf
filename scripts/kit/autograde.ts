import { randomBytes } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  fsyncSync,
  closeSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { collectSubmission, describeCollection } from "./collectSubmission.js";
import { cap } from "./failureMessage.js";
import { gradeWork } from "./grading/gradingRun.js";
import { runJailed } from "./grading/isolation.js";
import {
  type Account,
  allocateUids,
  createSandbox,
  releaseUids,
  sweepSharedFolders,
  endAllOf,
} from "./grading/sandbox.js";
import type { AutograderLayout } from "./layout.js";
import { readManifestFile } from "./manifest.js";
import { type GradescopeResults, type ZeroReason, score } from "./score.js";
import { ROOT } from "./targets.js";
import { tscCommand, typecheckInRounds, writeExercisesTsconfig } from "./typecheck.js";

/** The visible top-level output of results.json is cut here. */
const SUMMARY_LIMIT = 20_000;
/** results.json never grows past this (Gradescope's own limit is larger; a student's flood must not reach it). */
const RESULTS_LIMIT = 1_000_000;
/** What the student's code printed, kept per suite in results.json (hidden: staff only). */
const STUDENT_OUTPUT_SHOWN = 8_000;
/** Memory for the type-check, as the student. */
const TSC_MEMORY_MB = 2048;

/**
 * Writes `results` to `file` atomically: a temporary file in the same folder, flushed, then renamed over it.
 * A full disk leaves the previous file (the placeholder) whole, never a file cut short.
 */
export function writeResultsAtomically(file: string, results: GradescopeResults | PlaceholderResults): void {
  let text = `${JSON.stringify(results, null, 2)}\n`;
  if (Buffer.byteLength(text) > RESULTS_LIMIT) {
    // Cut every output until it fits: the scores stay whole.
    const tests = results.tests.map((test) => ({ ...test, output: cap(test.output, 200) }));
    text = `${JSON.stringify({ ...results, output: cap(results.output, 2000), tests }, null, 2)}\n`;
  }
  const temporary = join(dirname(file), `.results-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(temporary, "w", 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** results.json without a maximum (Gradescope then takes the assignment's): what a run that did not finish leaves. */
export type PlaceholderResults = Omit<GradescopeResults, "max_score">;

/** The results a run that did not finish leaves: written before any student code runs. */
export function placeholderResults(message: string): PlaceholderResults {
  return { score: 0, output: message, visibility: "visible", stdout_visibility: "hidden", tests: [] };
}

/** `path` and everything under it made `account`'s, links never followed (lchown), for a tree root just built. */
function chownTree(path: string, account: Account): void {
  lchownSync(path, account.uid, account.gid);
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), account);
}

/** `path` and everything under it readable by root alone (dirs 700, files 600), links left alone. */
function closeTree(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  chmodSync(path, stat.isDirectory() ? 0o700 : 0o600);
  if (stat.isDirectory()) for (const name of readdirSync(path)) closeTree(join(path, name));
}

/** What a run did, for the kit's checks and the log. */
export interface AutogradeRun {
  readonly results: GradescopeResults;
  readonly log: readonly string[];
  /** What the student's code printed, by groupKey: staff only (run_autograder's stdout). */
  readonly studentOutput: ReadonlyMap<string, string>;
}

/**
 * Grades the submission as Gradescope does, as root:
 * 1. writes a placeholder results.json, takes two fresh uids (grader, student) and sweeps them;
 * 2. builds the work tree as root (fresh stubs, the submission over them, then lchown to the student: no
 *    process of that uid exists yet, so nothing can race it) and the grader's private copy of the tests
 *    (the hidden tests among them, readable by the grader uid alone, in every pass);
 * 3. type-checks as the student (fails closed), and runs every test file in the grader process while the
 *    student's code runs in a jailed process per file (cgroup, memory and process limits, time limit);
 * 4. scores, writes results.json atomically, ends every process of both uids and removes their files.
 */
export async function autograde(layout: AutograderLayout): Promise<AutogradeRun> {
  const started = Date.now();
  const log: string[] = [];
  const manifestFile = readManifestFile(join(ROOT, "tests", "graded", "manifest.json"));
  const manifest = manifestFile.exercises;
  const deadline = started + manifestFile.runTimeoutSeconds * 1000;
  mkdirSync(dirname(layout.resultsFile), { recursive: true });
  chmodSync(dirname(layout.resultsFile), 0o755);
  writeResultsAtomically(
    layout.resultsFile,
    placeholderResults(
      "Grading did not finish: the autograder stopped before writing the results. Please tell your instructor.",
    ),
  );

  // The hidden tests: root's alone in the source (setup.sh does this too); the grader gets a private copy.
  const hiddenFolder = join(ROOT, "tests", "hidden");
  if (existsSync(hiddenFolder)) closeTree(hiddenFolder);

  const [graderUid, studentUid] = allocateUids(2) as [number, number];
  const grader: Account = { uid: graderUid, gid: graderUid };
  const student: Account = { uid: studentUid, gid: studentUid };
  const sandbox = createSandbox({ grader, student, name: randomBytes(6).toString("hex") });
  try {
    for (const account of [grader, student]) {
      await endAllOf(account.uid);
      sweepSharedFolders(account.uid);
    }
    log.push(sandbox.describe());

    // The run's tree, built by root before any process of either uid exists.
    const run = layout.work;
    rmSync(run, { recursive: true, force: true });
    mkdirSync(run, { recursive: true, mode: 0o711 });
    chmodSync(run, 0o711);
    const runtimeDir = join(run, "runtime");
    mkdirSync(runtimeDir, { mode: 0o755 });
    const work = join(run, "work");
    mkdirSync(work, { mode: 0o755 });
    chmodSync(work, 0o755);
    // The library and its packages, for tsc (the student's process loads the library as one prebuilt module).
    symlinkSync(join(ROOT, "src"), join(work, "src"));
    symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"));
    const exercises = join(work, "exercises");
    cpSync(join(ROOT, "exercises.pristine"), exercises, { recursive: true });
    const collected = collectSubmission(layout.submission, exercises);
    const studentHome = join(work, "home");
    mkdirSync(join(studentHome, "tmp"), { recursive: true });
    chownTree(exercises, student);
    chownTree(studentHome, student);
    chmodSync(studentHome, 0o700);

    const graderRoot = join(run, "grader");
    mkdirSync(join(graderRoot, "tests"), { recursive: true });
    for (const suite of ["graded", "hidden"]) {
      const from = join(ROOT, "tests", suite);
      if (existsSync(from)) cpSync(from, join(graderRoot, "tests", suite), { recursive: true });
    }
    const graderHome = join(graderRoot, "home");
    mkdirSync(join(graderHome, "tmp"), { recursive: true });
    chownTree(graderRoot, grader);
    chmodSync(graderRoot, 0o700);
    for (const name of ["src", "scripts", "node_modules", "data", "package.json", "tsconfig.json"])
      if (existsSync(join(ROOT, name))) symlinkSync(join(ROOT, name), join(graderRoot, name));

    // The type-check, as the student (tsc runs none of the student's code, but reads it: a crash must not pass).
    const [tsc, tscArgs] = tscCommand();
    const folders = manifest.map((exercise) => exercise.folder);
    let typecheckTimedOut = false;
    const typecheck = typecheckInRounds(async (exclude) => {
      writeExercisesTsconfig(work, ROOT, exclude);
      const checked = await runJailed(sandbox, tsc, tscArgs, {
        cwd: work,
        env: { PATH: process.env.PATH, HOME: studentHome, TMPDIR: join(studentHome, "tmp") },
        timeoutMs: Math.max(1000, Math.min(180_000, deadline - Date.now())),
        outputLimit: 256 * 1024,
        memoryMB: TSC_MEMORY_MB,
      });
      typecheckTimedOut ||= checked.timedOut;
      return { output: checked.output, code: checked.timedOut ? null : checked.code };
    }, folders);

    const grading = gradeWork({
      work: exercises,
      exercises: manifest,
      suites: ["graded", "hidden"],
      isolation: sandbox,
      graderRoot,
      exportsFrom: join(ROOT, "exercises.pristine"),
      deadline,
      runtimeDir,
      graderEnv: { HOME: graderHome, TMPDIR: join(graderHome, "tmp"), KIT_CACHE_DIR: join(graderHome, "vite") },
      studentEnv: { HOME: studentHome, TMPDIR: join(studentHome, "tmp") },
    });
    const [typeZero, graded] = await Promise.all([typecheck, grading]);
    log.push(...graded.log);

    const exerciseZero = new Map<string, ZeroReason>();
    for (const [folder, message] of collected.conflicts)
      exerciseZero.set(folder, { note: "two files for one", message });
    if (typecheckTimedOut) {
      for (const exercise of manifest) {
        exerciseZero.set(exercise.folder, {
          note: "type-check timed out",
          message: "Type-checking your code (tsc) did not finish in time, so it scores 0.",
        });
      }
    }
    for (const [folder, reason] of typeZero) if (!exerciseZero.has(folder)) exerciseZero.set(folder, reason);

    const { results, rows } = score(manifest, graded.modules, {
      hidden: true,
      exerciseZero,
      groupZero: graded.groupZero,
    });
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
    // What the student's code printed, for staff only: a 0-point hidden entry per suite that printed anything.
    const printed = [...graded.studentOutput].map(([key, text]) => ({
      name: `${key.replace("/", " tests of ")}: what the student's code printed (staff only)`,
      number: `${key.split("/")[1]!.slice(0, 2)}.${key.startsWith("hidden") ? "hout" : "out"}`,
      score: 0,
      max_score: 0,
      status: "passed" as const,
      output: cap(text, STUDENT_OUTPUT_SHOWN),
      visibility: "hidden" as const,
    }));
    const final: GradescopeResults = { ...results, output, tests: [...results.tests, ...printed] };
    // Every process of both uids ended, their files gone (a disk the student filled is free again), then the results.
    log.push(...(await sandbox.close()));
    rmSync(run, { recursive: true, force: true });
    writeResultsAtomically(layout.resultsFile, final);
    log.push(`${final.score} / ${final.max_score} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { results: final, log, studentOutput: graded.studentOutput };
  } finally {
    await sandbox.close().catch(() => []);
    releaseUids([graderUid, studentUid]);
  }
}
