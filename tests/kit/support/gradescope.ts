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
import { type LocalRun, runAutograderIn, writeAutograderSource } from "../../../scripts/kit/localAutograder.js";
import { ROOT } from "../../../scripts/kit/targets.js";

/** Gradescope's layout in a temporary folder: root/source (the zip, unpacked), root/submission, root/results. */
export interface SimulatedLayout {
  readonly root: string;
  readonly source: string;
  readonly submission: string;
  readonly resultsFile: string;
}

/**
 * Unpacks the autograder zip's files into a fresh temporary root (readable by everyone, as /autograder is),
 * with the project's node_modules standing in for setup.sh's npm ci, and the submission's files. `manifest`,
 * if given, replaces tests/graded/manifest.json (a shorter course keeps the checks fast).
 */
export function simulateLayout(
  submission: Readonly<Record<string, string>>,
  manifest?: object,
  options: { readonly reuse?: SimulatedLayout; readonly diskMB?: number } = {},
): SimulatedLayout {
  if (options.reuse !== undefined) {
    // A reused machine: the same layout, the next submission.
    const folder = options.reuse.submission;
    rmSync(folder, { recursive: true, force: true });
    writeSubmission(folder, submission);
    return options.reuse;
  }
  const root = mkdtempSync(join(tmpdir(), "gradkit-gradescope-"));
  // A small disk of its own (a tmpfs), for the attack that fills the disk results.json is written to.
  if (options.diskMB !== undefined) spawnSync("mount", ["-t", "tmpfs", "-o", `size=${options.diskMB}m`, "tmpfs", root]);
  chmodSync(root, 0o755);
  const source = join(root, "source");
  writeAutograderSource(source);
  if (manifest !== undefined)
    writeFileSync(join(source, "tests", "graded", "manifest.json"), JSON.stringify(manifest, null, 2));
  symlinkSync(studentReadableNodeModules(), join(source, "node_modules"));
  // Gradescope runs a copy of run_autograder from the top of the layout.
  copyFileSync(join(source, "run_autograder"), join(root, "run_autograder"));
  chmodSync(join(root, "run_autograder"), 0o755);
  const folder = join(root, "submission");
  writeSubmission(folder, submission);
  return { root, source, submission: folder, resultsFile: join(root, "results", "results.json") };
}

function writeSubmission(folder: string, submission: Readonly<Record<string, string>>): void {
  mkdirSync(folder, { recursive: true });
  for (const [path, content] of Object.entries(submission)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
}

/** Removes a simulated layout (and its small disk, if it has one). */
export function removeLayout(layout: SimulatedLayout): void {
  spawnSync("umount", [layout.root]);
  rmSync(layout.root, { recursive: true, force: true });
}

let sharedCopy: string | undefined;

/**
 * The project's node_modules, or a copy the student's uid can reach: a clone under a folder only root may
 * enter (mktemp -d makes those) would leave `student` unable to load vitest. One copy per test process,
 * hard-linked where the file system allows, removed at exit.
 */
function studentReadableNodeModules(): string {
  const original = join(ROOT, "node_modules");
  let dir = ROOT;
  let reachable = true;
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) reachable = false;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (reachable) return original;
  if (sharedCopy === undefined) {
    const holder = mkdtempSync(join(tmpdir(), "gradkit-node-modules-"));
    chmodSync(holder, 0o755);
    const copy = join(holder, "node_modules");
    if (spawnSync("cp", ["-al", original, copy]).status !== 0)
      cpSync(original, copy, { recursive: true, verbatimSymlinks: true });
    process.on("exit", () => rmSync(holder, { recursive: true, force: true }));
    sharedCopy = copy;
  }
  return sharedCopy;
}

/** What one run_autograder did: its exit code and staff output, results.json, and the two uids it used. */
export interface AutograderRun extends LocalRun {
  /** The grader's and the student's uids, read from the staff output ("grader uid N, student uid M"). */
  readonly uids: readonly number[];
}

/** Runs the layout's run_autograder as Gradescope does (as root). */
export async function runAutograder(layout: SimulatedLayout): Promise<AutograderRun> {
  const ran = await runAutograderIn(layout.root);
  const uids = /grader uid (\d+), student uid (\d+)/.exec(ran.output)?.slice(1).map(Number) ?? [];
  return { ...ran, uids };
}

/** A solution file's text. */
export const solution = (path: string): string => readFileSync(join(ROOT, "solutions", path), "utf8");
