/**
 * Builds the student bundle: everything a student needs to do the course (library, data, exercises,
 * visible tests, grade/hint/watch), without solutions, hidden tests or mutants.
 *
 * @example
 * npm run bundle                                    # writes student-bundle.zip
 * npm run bundle -- --out build/student-bundle.zip  # somewhere else
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { bundleFiles } from "./kit/bundleFiles.js";
import { writeZip } from "./kit/writeZip.js";

const { values } = parseArgs({ options: { out: { type: "string", default: "student-bundle.zip" } } });
const out = resolve(values.out);

const zip = writeZip(out, bundleFiles());
console.log(`Wrote ${out} (${zip.files} files, ${(zip.bytes / 1024).toFixed(0)} KiB)`);
console.log("Students unzip it, run npm ci, then npm run watch (or npm run grade) and npm run hint -- <number>.");
