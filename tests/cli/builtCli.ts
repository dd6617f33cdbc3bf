import { execFile, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliRun } from "./runCli.js";

/** The project root and the built CLI. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI = join(ROOT, "dist", "cli.js");

/**
 * Runs `node dist/cli.js ...args` as a user would and collects its output and exit code (for the few
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
 * Builds dist/ with tsc when any file in src/ is newer than dist/cli.js. Test files run in parallel
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
        if (!existsSync(CLI)) throw new Error("npm run build did not produce dist/cli.js");
      }
      // as `npm run build` does: a rebuilt file loses the executable bit npm gave the bin at install
      chmodSync(CLI, 0o755);
    }
  } finally {
    rmdirSync(lock);
  }
}
