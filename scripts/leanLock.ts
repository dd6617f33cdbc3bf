/**
 * Rewrites kit/lean/package-lock.json from kit/lean/package.json, keeping every version the root
 * package-lock.json pins (npm starts from the root lock and drops what the lean package.json does not need).
 * Run it after changing kit/lean/package.json or upgrading a package the lean install shares with the root.
 *
 * @example
 * npx tsx scripts/leanLock.ts
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LEAN_FOLDER } from "./kit/leanPackage.js";
import { run } from "./kit/run.js";
import { ROOT } from "./kit/targets.js";

const scratch = mkdtempSync(join(tmpdir(), "gradkit-lean-lock-"));
try {
  copyFileSync(join(ROOT, "package-lock.json"), join(scratch, "package-lock.json"));
  copyFileSync(join(LEAN_FOLDER, "package.json"), join(scratch, "package.json"));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const install = await run(npm, ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], {
    cwd: scratch,
  });
  if (install.code !== 0) throw new Error(`npm install --package-lock-only failed:\n${install.output}`);
  copyFileSync(join(scratch, "package-lock.json"), join(LEAN_FOLDER, "package-lock.json"));
  console.log(`Wrote ${join(LEAN_FOLDER, "package-lock.json")}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
