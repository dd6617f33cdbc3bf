/**
 * Builds the Gradescope autograder zip: setup.sh, run_autograder, the library, the graded and hidden
 * tests, the grader, and fresh stubs (never the solutions).
 *
 * @example
 * npm run autograder                         # checks every enabled exercise (npm run check), then writes autograder.zip
 * npm run autograder -- --out build/ag.zip   # somewhere else
 * npm run autograder -- --skip-check         # without the check: emergencies only
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { EXECUTABLES, autograderFiles } from "./kit/autograderFiles.js";
import { checkBeforeBuilding } from "./kit/buildGate.js";
import { writeZip } from "./kit/writeZip.js";

const { values } = parseArgs({
  options: { out: { type: "string", default: "autograder.zip" }, "skip-check": { type: "boolean", default: false } },
});
const out = resolve(values.out);
if (!(await checkBeforeBuilding("autograder.zip", values["skip-check"]))) process.exit(1);

const zip = writeZip(out, autograderFiles(), EXECUTABLES);
console.log(`Wrote ${out} (${zip.files} files, ${(zip.bytes / 1024).toFixed(0)} KiB)`);
console.log("Upload it as the autograder of a Gradescope programming assignment (Ubuntu base image).");
