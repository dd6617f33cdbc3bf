/**
 * Brings kit/lean/ up to date with the project: kit/lean/package.json keeps its list of packages but takes each
 * one's version range, and the engines, overrides and allowScripts, from the root package.json; then
 * kit/lean/package-lock.json is rewritten keeping every version the root package-lock.json pins (npm starts from
 * the root lock and drops what the lean package.json does not need). Run it after upgrading a package or
 * changing the list (tests/kit/leanLock.test.ts says when).
 *
 * @example
 * npx tsx scripts/leanLock.ts
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LEAN_FOLDER } from "./kit/leanPackage.js";
import { run } from "./kit/run.js";
import { ROOT } from "./kit/targets.js";

type Ranges = Record<string, string>;
interface PackageJson {
  dependencies?: Ranges;
  devDependencies?: Ranges;
  [field: string]: unknown;
}

const leanFile = join(LEAN_FOLDER, "package.json");
const project = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageJson;
const lean = JSON.parse(readFileSync(leanFile, "utf8")) as PackageJson;
const wanted: Ranges = { ...project.dependencies, ...project.devDependencies };
const sameRanges = (names: Ranges | undefined): Ranges =>
  Object.fromEntries(
    Object.keys(names ?? {}).map((name) => {
      const range = wanted[name];
      if (range === undefined) throw new Error(`kit/lean/package.json lists ${name}, which package.json does not`);
      return [name, range];
    }),
  );
const synced = {
  ...lean,
  engines: project.engines,
  dependencies: sameRanges(lean.dependencies),
  devDependencies: sameRanges(lean.devDependencies),
  overrides: project.overrides,
  allowScripts: project.allowScripts,
};
writeFileSync(leanFile, `${JSON.stringify(synced, null, 2)}\n`);

const scratch = mkdtempSync(join(tmpdir(), "gradkit-lean-lock-"));
try {
  copyFileSync(join(ROOT, "package-lock.json"), join(scratch, "package-lock.json"));
  copyFileSync(leanFile, join(scratch, "package.json"));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const install = await run(npm, ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], {
    cwd: scratch,
  });
  if (install.code !== 0) throw new Error(`npm install --package-lock-only failed:\n${install.output}`);
  copyFileSync(join(scratch, "package-lock.json"), join(LEAN_FOLDER, "package-lock.json"));
  console.log(`Wrote ${leanFile} and package-lock.json beside it`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
