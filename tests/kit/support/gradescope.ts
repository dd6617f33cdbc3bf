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
import { autograderFiles } from "../../../scripts/kit/autograderFiles.js";
import type { GradescopeResults } from "../../../scripts/kit/score.js";
import { run } from "../../../scripts/kit/run.js";
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
export function simulateLayout(submission: Readonly<Record<string, string>>, manifest?: object): SimulatedLayout {
  const root = mkdtempSync(join(tmpdir(), "gradkit-gradescope-"));
  chmodSync(root, 0o755);
  const source = join(root, "source");
  for (const [path, content] of autograderFiles()) {
    mkdirSync(dirname(join(source, path)), { recursive: true });
    writeFileSync(join(source, path), content);
  }
  chmodSync(join(source, "run_autograder"), 0o755);
  if (manifest !== undefined)
    writeFileSync(join(source, "tests", "graded", "manifest.json"), JSON.stringify(manifest, null, 2));
  symlinkSync(studentReadableNodeModules(), join(source, "node_modules"));
  // Gradescope runs a copy of run_autograder from the top of the layout.
  copyFileSync(join(source, "run_autograder"), join(root, "run_autograder"));
  chmodSync(join(root, "run_autograder"), 0o755);
  const folder = join(root, "submission");
  mkdirSync(folder);
  for (const [path, content] of Object.entries(submission)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return { root, source, submission: folder, resultsFile: join(root, "results", "results.json") };
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

/** Runs the layout's run_autograder as Gradescope does (as root), the student's code as `uid`. */
export async function runAutograder(
  layout: SimulatedLayout,
  uid: number,
): Promise<{ code: number; output: string; results: GradescopeResults | undefined }> {
  const ran = await run("bash", [join(layout.root, "run_autograder")], {
    cwd: layout.root,
    env: {
      PATH: process.env.PATH,
      AUTOGRADER_ROOT: layout.root,
      AUTOGRADER_UID: String(uid),
      AUTOGRADER_GID: String(uid),
    },
  });
  let results: GradescopeResults | undefined;
  try {
    results = JSON.parse(readFileSync(layout.resultsFile, "utf8")) as GradescopeResults;
  } catch {
    results = undefined;
  }
  return { ...ran, results };
}

/** A solution file's text. */
export const solution = (path: string): string => readFileSync(join(ROOT, "solutions", path), "utf8");
