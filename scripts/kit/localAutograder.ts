import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { EXECUTABLES, autograderFiles } from "./autograderFiles.js";
import { unpackZip } from "./gradescopeExport.js";
import { run } from "./run.js";
import type { GradescopeResults } from "./score.js";

/**
 * The autograder as Gradescope runs it, on this machine (npm run autograder:local, npm run regrade): the zip's
 * files unpacked into `<root>/source`, the real setup.sh run there, then run_autograder as root for each
 * submission, each in a layout of its own (`<run>/source` is a link to the one installed source) with two fresh
 * uids of its own (scripts/kit/grading/sandbox.ts), so several can run at once and none touches an account.
 */

/** Says, in one line, that these commands need root (they run the student's code as other uids). */
export function needRoot(command: string): void {
  if (process.getuid?.() === 0) return;
  console.error(
    `error: ${command} runs the autograder as Gradescope does, as root (it runs the student's code as fresh uids); run it with sudo, or use npm run grade`,
  );
  process.exit(2);
}

/** The autograder zip's files, as Gradescope unpacks them into `source` (setup.sh and run_autograder executable). */
export function writeAutograderSource(source: string): void {
  for (const [path, content] of autograderFiles()) {
    const file = join(source, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content, { mode: EXECUTABLES.has(path) ? 0o755 : 0o644 });
  }
}

/**
 * Writes the autograder zip's files into `<root>/source` (what Gradescope unpacks) and runs its setup.sh there
 * (npm ci of the lean lock, permissions). Returns the source folder. Throws with setup.sh's output if it fails.
 */
export function installAutograder(root: string): string {
  const source = join(root, "source");
  writeAutograderSource(source);
  chmodSync(root, 0o755);
  const setup = spawnSync("bash", [join(source, "setup.sh")], { cwd: source, encoding: "utf8", maxBuffer: 64 << 20 });
  if (setup.status !== 0) throw new Error(`setup.sh failed (exit ${setup.status}):\n${setup.stdout}${setup.stderr}`);
  return source;
}

/** The files of a submission (a folder, or a zip as a student uploads one) in a fresh folder. */
export function submissionFolder(path: string, into: string): void {
  mkdirSync(into, { recursive: true });
  if (statSync(path).isDirectory()) cpSync(path, into, { recursive: true, verbatimSymlinks: true });
  else unpackZip(path, into);
}

/** What one run_autograder did. */
export interface LocalRun {
  readonly results: GradescopeResults | undefined;
  /** results.json's text as run_autograder left it ("" if there is none). */
  readonly resultsText: string;
  /** run_autograder's standard output and error: the staff's view (the log, how the code was contained, its prints). */
  readonly output: string;
  readonly code: number;
}

/**
 * Runs run_autograder as Gradescope does, as root, on one submission: a layout `run` of its own (its source a
 * link to the installed `source`), `submission` copied in. Resolves when it has finished.
 */
export function runAutograderOn(source: string, layout: string, submission: string): Promise<LocalRun> {
  rmSync(layout, { recursive: true, force: true });
  mkdirSync(layout, { recursive: true, mode: 0o755 });
  chmodSync(layout, 0o755);
  symlinkSync(source, join(layout, "source"));
  copyFileSync(join(source, "run_autograder"), join(layout, "run_autograder"));
  chmodSync(join(layout, "run_autograder"), 0o755);
  submissionFolder(submission, join(layout, "submission"));
  return runAutograderIn(layout);
}

/** Runs `<root>/run_autograder` as Gradescope does (as root, AUTOGRADER_ROOT set) and reads what it wrote. */
export async function runAutograderIn(root: string): Promise<LocalRun> {
  const ran = await run("bash", [join(root, "run_autograder")], {
    cwd: root,
    env: { PATH: process.env.PATH, AUTOGRADER_ROOT: root },
  });
  let resultsText = "";
  let results: GradescopeResults | undefined;
  try {
    resultsText = readFileSync(join(root, "results", "results.json"), "utf8");
    results = JSON.parse(resultsText) as GradescopeResults;
  } catch {
    results = undefined;
  }
  return { results, resultsText, output: ran.output, code: ran.code };
}

/** A fresh temporary folder only root can enter, for an installed autograder and its runs. */
export function scratchRoot(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `gradkit-${name}-`));
  chmodSync(root, 0o755);
  return root;
}

/**
 * What Gradescope shows of a run: the top-level output (the table), then each test as the student sees it
 * (visible ones with their output; hidden ones named only) and the staff's view.
 */
export function describeRun(results: GradescopeResults): string {
  const lines = [
    results.output,
    "",
    `Score: ${results.score} / ${(results as { max_score?: number }).max_score ?? "?"}`,
    "",
  ];
  for (const test of results.tests) {
    const mark = test.status === "passed" ? "passed" : "FAILED";
    lines.push(`${test.number} ${test.name}: ${mark} (${test.score} / ${test.max_score}, ${test.visibility})`);
    if (test.status !== "passed" && test.output !== "" && test.visibility === "visible")
      lines.push(...test.output.split("\n").map((line) => `    ${line}`));
  }
  return lines.join("\n");
}
