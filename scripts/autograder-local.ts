/**
 * `npm run autograder:local -- <submission folder or zip>`: the autograder as Gradescope runs it, on this
 * machine. Builds the zip's files, lays them out in a fresh temporary root, runs the real setup.sh there, then
 * run_autograder as root under two fresh uids that no account uses, and prints what Gradescope would show
 * (the table, each test's output by visibility, then the staff's output). Needs root.
 *
 * @example
 * sudo npm run autograder:local -- ~/submissions/ada            # a folder of submitted files
 * sudo npm run autograder:local -- ada.zip --results ada.json   # a zip as a student uploads it
 */
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { describeRun, installAutograder, needRoot, runAutograderOn, scratchRoot } from "./kit/localAutograder.js";

const USAGE = "Usage: npm run autograder:local -- <submission folder or zip> [--results file] [--keep]";
let options: { values: { results?: string; keep?: boolean }; positionals: string[] };
try {
  options = parseArgs({
    allowPositionals: true,
    options: { results: { type: "string" }, keep: { type: "boolean", default: false } },
  });
  if (options.positionals.length !== 1) throw new Error("name one submission (a folder or a zip)");
} catch (error) {
  console.error(`error: ${(error as Error).message}. ${USAGE}`);
  process.exit(2);
}
needRoot("npm run autograder:local");
const submission = resolve(options.positionals[0]!);
const root = scratchRoot("autograder-local");
try {
  console.log(`Installing the autograder in ${root}/source (setup.sh)...`);
  const source = installAutograder(root);
  console.log("Running run_autograder as Gradescope does...\n");
  const ran = await runAutograderOn(source, join(root, "run"), submission);
  if (ran.results === undefined) {
    console.error(`error: run_autograder wrote no results.json (exit ${ran.code}). Its output:\n${ran.output}`);
    process.exitCode = 1;
  } else {
    console.log(describeRun(ran.results));
    console.log(`\n--- staff only (run_autograder's output) ---\n${ran.output.trim()}`);
    const out = resolve(options.values.results ?? "results.json");
    writeFileSync(out, `${JSON.stringify(ran.results, null, 2)}\n`);
    console.log(`\nWrote ${out}`);
  }
} finally {
  if (options.values.keep === true) console.log(`Kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
