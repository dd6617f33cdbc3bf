import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./run.js";
import type { ZeroReason } from "./score.js";
import { ROOT } from "./targets.js";
import { tscCommand, typecheckInRounds, writeExercisesTsconfig } from "./typecheck.js";

/**
 * Type-checks a folder laid out like exercises/ the way the autograder does (a copy beside a link to the
 * library, the exercises' tsconfig), and returns the exercises with type errors. `only` checks some exercise
 * folders and leaves the others out (grading one exercise).
 */
export async function typecheckFolder(folder: string, only?: readonly string[]): Promise<Map<string, ZeroReason>> {
  const workspace = mkdtempSync(join(tmpdir(), "gradkit-tsc-"));
  try {
    cpSync(folder, join(workspace, "exercises"), { recursive: true, filter: (path) => !path.includes("node_modules") });
    rmSync(join(workspace, "exercises", "tsconfig.json"), { force: true });
    symlinkSync(join(ROOT, "src"), join(workspace, "src"));
    symlinkSync(join(ROOT, "node_modules"), join(workspace, "node_modules"));
    const [command, args] = tscCommand();
    const all = readdirSync(join(workspace, "exercises")).filter((name) => /^\d\d-/.test(name));
    const folders = only === undefined ? all : all.filter((name) => only.includes(name));
    const skipped = all.filter((name) => !folders.includes(name));
    return await typecheckInRounds(async (exclude) => {
      writeExercisesTsconfig(workspace, ROOT, [...skipped, ...exclude]);
      return run(command, args, { cwd: workspace });
    }, folders);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
