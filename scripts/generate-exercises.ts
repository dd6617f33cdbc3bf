/**
 * Generates exercises/ from solutions/ (the one source of truth), or with --check reports any drift.
 *
 * @example
 * npm run exercises          # rewrite exercises/ from solutions/
 * npm run exercises:check    # exit 1, naming each stale, missing or extra file, if exercises/ is out of date
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { exercisesDrift, expectedExercises } from "./kit/generate.js";
import { ROOT } from "./kit/targets.js";

if (process.argv.includes("--check")) {
  const drift = exercisesDrift();
  if (drift.length > 0) {
    console.error(`exercises/ is out of date with solutions/ (run npm run exercises):\n  ${drift.join("\n  ")}`);
    process.exit(1);
  }
  console.log("exercises/ is up to date with solutions/");
} else {
  const files = expectedExercises();
  const folder = join(ROOT, "exercises");
  rmSync(folder, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  console.log(`wrote ${files.size} files to exercises/`);
}
