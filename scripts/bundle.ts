/**
 * Builds the student bundle: everything a student needs to do the course (library, data, exercises,
 * visible tests, grade/hint/watch), without solutions, hidden tests or mutants.
 *
 * @example
 * npm run bundle                                    # checks every enabled exercise (npm run check), then writes student-bundle.zip
 * npm run bundle -- --out build/student-bundle.zip  # somewhere else
 * npm run bundle -- --skip-check                    # without the check: emergencies only
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkBeforeBuilding } from "./kit/buildGate.js";
import { bundleFiles } from "./kit/bundleFiles.js";
import { disabledFolders, withoutDisabled } from "./kit/manifest.js";
import { writeZip } from "./kit/writeZip.js";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "student-bundle.zip" },
    "skip-check": { type: "boolean", default: false },
  },
});
const out = resolve(values.out);
if (!(await checkBeforeBuilding("student-bundle.zip", values["skip-check"]))) process.exit(1);

// A disabled exercise ("enabled": false) ships nothing: no stubs, no tests (its README row and hints go with its stubs).
const zip = writeZip(out, withoutDisabled(bundleFiles(), disabledFolders()));
console.log(`Wrote ${out} (${zip.files} files, ${(zip.bytes / 1024).toFixed(0)} KiB)`);
console.log("Students unzip it, run npm ci, then npm run watch (or npm run grade) and npm run hint -- <number>.");
