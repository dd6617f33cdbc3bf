import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./run.js";
import type { ZeroReason } from "./score.js";
import { ROOT } from "./targets.js";
import { tscCommand, typecheckInRounds, writeExercisesTsconfig } from "./typecheck.js";

/**
 * Type-checks a folder laid out like exercises/ the way the autograder does (a copy beside a link to the
 * library, the exercises' tsconfig), and returns the exercises with type errors.
 */
export async function typecheckFolder(folder: string): Promise<Map<string, ZeroReason>> {
  const workspace = mkdtempSync(join(tmpdir(), "gradkit-tsc-"));
  try {
    cpSync(folder, join(workspace, "exercises"), { recursive: true, filter: (path) => !path.includes("node_modules") });
    rmSync(join(workspace, "exercises", "tsconfig.json"), { force: true });
    symlinkSync(join(ROOT, "src"), join(workspace, "src"));
    const [command, args] = tscCommand();
    return await typecheckInRounds(async (exclude) => {
      writeExercisesTsconfig(workspace, ROOT, exclude);
      return (await run(command, args, { cwd: workspace })).output;
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
