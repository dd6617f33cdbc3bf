/**
 * Builds the Gradescope autograder zip: setup.sh, run_autograder, the library, the graded and hidden
 * tests, the grader, and fresh stubs (never the solutions).
 *
 * @example
 * npm run autograder                         # writes autograder.zip
 * npm run autograder -- --out build/ag.zip   # somewhere else
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { zipSync, type Zippable } from "fflate";
import { autograderFiles } from "./kit/autograderFiles.js";

const args = process.argv.slice(2);
const at = args.indexOf("--out");
const out = resolve(at >= 0 ? (args[at + 1] ?? "autograder.zip") : "autograder.zip");

const entries: Zippable = {};
for (const [path, content] of autograderFiles()) {
  const executable = path === "setup.sh" || path === "run_autograder";
  // Unix mode bits live in the high half of the external attributes; os 3 is Unix.
  entries[path] = [content, { os: 3, attrs: (executable ? 0o100755 : 0o100644) << 16 }];
}
const zip = zipSync(entries, { level: 9 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip);
console.log(`Wrote ${out} (${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(0)} KiB)`);
console.log("Upload it as the autograder of a Gradescope programming assignment (Ubuntu base image).");
