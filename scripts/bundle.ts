/**
 * Builds the student bundle: everything a student needs to do the course (library, data, exercises,
 * visible tests, grade/hint/watch), without solutions, hidden tests or mutants.
 *
 * @example
 * npm run bundle                                    # writes student-bundle.zip
 * npm run bundle -- --out build/student-bundle.zip  # somewhere else
 */
import { resolve } from "node:path";
import { bundleFiles } from "./kit/bundleFiles.js";
import { writeZip } from "./kit/writeZip.js";

const args = process.argv.slice(2);
const at = args.indexOf("--out");
const out = resolve(at >= 0 ? (args[at + 1] ?? "student-bundle.zip") : "student-bundle.zip");

const zip = writeZip(out, bundleFiles());
console.log(`Wrote ${out} (${zip.files} files, ${(zip.bytes / 1024).toFixed(0)} KiB)`);
console.log("Students unzip it, run npm ci, then npm run watch (or npm run grade) and npm run hint -- <number>.");
