/**
 * Grades a folder laid out like exercises/ (or one exercise, or one mutant) as the autograder does: type-check,
 * then each exercise's tests through the grading run (the tests in a grader process, your code in processes of
 * its own with the exercise's time limit), the table, and Gradescope's results.json. Exits 0 at full marks,
 * 1 below, 2 on a usage error.
 *
 * @example
 * npm run grade                                   # grades exercises/, writes results.json
 * npm run grade -- 9                              # exercise 09 alone (also 09 or 09-neural-network-xor)
 * npm run grade -- solutions                      # grades another folder (any folder of submitted files)
 * npm run grade -- mutant:06-linear-regression/forgotten-intercept   # one classic mistake, its exercise only
 * npm run grade -- exercises --results out.json   # writes the results elsewhere
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { describeCollection } from "./kit/collectSubmission.js";
import { exerciseArgument, unknownExercise } from "./kit/exerciseArgument.js";
import { gradeTarget } from "./kit/gradeTarget.js";
import { hasHiddenTests, readManifest } from "./kit/manifest.js";
import { saveLastExercise, saveProgress } from "./kit/progress.js";
import { formatTable, points } from "./kit/score.js";
import { type Target, parseTarget } from "./kit/targets.js";

const USAGE =
  "Usage: npm run grade -- [exercise number | folder | mutant:<exercise>/<mistake>] [--results file] [--verbose]";
const manifest = readManifest();
let options: { values: { results?: string; verbose?: boolean }; positionals: string[] };
let target: Target;
let only: string[] | undefined;
try {
  options = parseArgs({
    allowPositionals: true,
    options: { results: { type: "string" }, verbose: { type: "boolean", default: false } },
  });
  const specs = [...options.positionals];
  const folders = manifest.map((entry) => entry.folder);
  const exercise = specs.length > 0 ? exerciseArgument(specs[0]!, folders) : undefined;
  // A bare number names an exercise, never a folder: say which exercises there are.
  if (exercise === undefined && /^\d+$/.test(specs[0] ?? "")) throw new Error(unknownExercise(specs[0]!, folders));
  if (exercise !== undefined) {
    only = [exercise];
    specs.shift();
  }
  if (specs.length > 1) throw new Error(`one folder or mutant at a time (got ${specs.join(", ")})`);
  target = parseTarget(specs[0] ?? "exercises");
} catch (error) {
  console.error(`error: ${(error as Error).message}. ${USAGE}`);
  process.exit(2);
}
const resultsFile = resolve(options.values.results ?? "results.json");
const hidden = hasHiddenTests();

console.log(`Grading ${target.name}${only === undefined ? "" : `: ${only[0]} only`}\n`);
const outcome = await gradeTarget(target, only === undefined ? {} : { exercises: only });
const { results, rows } = outcome;
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (target.name === "exercises") {
  saveProgress(rows);
  if (only !== undefined) saveLastExercise(only[0]!);
}

if (outcome.collected !== undefined) console.log(`${describeCollection(outcome.collected)}\n`);
console.log(formatTable(rows, { hiddenResults: hidden }));
// One thing to fix next: the first failing visible test of the first unfinished exercise (of the one graded).
const unfinished = rows.find((row) => row.passed < row.total);
if (unfinished !== undefined) {
  const number = String(Number(unfinished.exercise.folder.slice(0, 2)));
  const failing = results.tests.find(
    (test) => test.status === "failed" && test.visibility === "visible" && test.number.startsWith(`${number}.`),
  );
  if (failing !== undefined)
    console.log(`\nNext: ${failing.number} ${failing.name}\n  ${failing.output.split("\n").join("\n  ")}`);
}
if (options.values.verbose === true) {
  for (const [key, text] of outcome.studentOutput) console.log(`\nWhat your code printed in ${key}:\n${text}`);
  console.log(`\n${outcome.log.join("\n")}`);
}
console.log(`\nWrote ${resultsFile}`);
const earned = rows.reduce((sum, row) => sum + row.cents + row.hiddenCents, 0);
const max = rows.reduce((sum, row) => sum + row.maxCents + row.hiddenMaxCents, 0);
if (earned === max) {
  console.log(`Full marks: ${points(earned)} / ${points(max)}.`);
} else {
  console.log(
    `Not full marks yet: ${points(earned)} / ${points(max)} (npm run grade exits 1 until every test passes).`,
  );
  process.exitCode = 1;
}
