import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliRun } from "./runCli.js";

/** The project root and the built CLI (the package's bin: one bundled module, see tools/bundleCli.mjs). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI = join(ROOT, "dist", "cli", "autodiff.js");

/**
 * Runs `node dist/cli/autodiff.js ...args` as a user would and collects its output and exit code (for the few
 * smoke tests of the built binary; the other CLI tests call main() in-process).
 */
export function spawnCli(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: { ...process.env, AUTODIFF_DEBUG: "" } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  return !existsSync(CLI) || statSync(CLI).mtimeMs < newestSource(join(ROOT, "src"));
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Builds dist/ as `npm run build` does when any file in src/ is newer than the CLI. Test files run in parallel
 * workers, so a lock directory makes the others wait for one build instead of starting their own.
 * (tsc exits non-zero on type errors elsewhere in the tree but still emits; only a missing CLI fails.)
 */
export function ensureBuilt(): void {
  if (!isStale()) return;
  const lock = join(tmpdir(), `gradkit-cli-build-${Buffer.from(ROOT).toString("hex").slice(-16)}.lock`);
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`Another build holds ${lock}; remove it if no build is running`);
      Atomics.wait(sleeper, 0, 0, 200);
    }
  }
  try {
    if (isStale()) {
      try {
        execFileSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
          cwd: ROOT,
          stdio: "ignore",
        });
      } catch {
        if (!existsSync(join(ROOT, "dist", "cli.js"))) throw new Error("tsc did not produce dist/cli.js");
      }
      // the bundle, executable (tools/bundleCli.mjs, as `npm run build` runs it)
      execFileSync(process.execPath, ["tools/bundleCli.mjs"], { cwd: ROOT, stdio: "ignore" });
    }
  } finally {
    rmdirSync(lock);
  }
}
