/**
 * Grades a folder laid out like exercises/ (or one mutant) as the autograder does: type-check, graded suite
 * (and the hidden tests, where tests/hidden exists), the table, Gradescope's results.json. Exits 0 at full
 * marks, 1 below, 2 on a usage error.
 *
 * @example
 * npm run grade                                   # grades exercises/, writes results.json
 * npm run grade -- solutions                      # grades another folder
 * npm run grade -- mutant:06-linear-regression/forgotten-intercept   # one classic mistake, its exercise only
 * npm run grade -- exercises --results out.json   # writes the results elsewhere
 * npm run grade -- --verbose                      # also shows vitest's own output
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { typecheckFolder } from "./kit/localTypecheck.js";
import { hasHiddenTests, readManifest } from "./kit/manifest.js";
import { saveProgress } from "./kit/progress.js";
import { runGradedSuite } from "./kit/runGradedSuite.js";
import { formatTable, groupKey, points, score } from "./kit/score.js";
import { type Target, parseTarget } from "./kit/targets.js";

let options: { values: { results?: string; verbose?: boolean }; positionals: string[] };
let target: Target;
try {
  options = parseArgs({
    allowPositionals: true,
    options: { results: { type: "string" }, verbose: { type: "boolean", default: false } },
  });
  if (options.positionals.length > 1)
    throw new Error(`one folder or mutant at a time (got ${options.positionals.join(", ")})`);
  target = parseTarget(options.positionals[0] ?? "exercises");
} catch (error) {
  console.error(
    `error: ${(error as Error).message}. Usage: npm run grade -- [folder | mutant:<exercise>/<mistake>] [--results file] [--verbose]`,
  );
  process.exit(2);
}
const resultsFile = resolve(options.values.results ?? "results.json");
const manifest = readManifest();
const hidden = hasHiddenTests();

const [modules, exerciseZero] = await Promise.all([
  runGradedSuite([target], { echo: options.values.verbose }),
  target.replace === undefined ? typecheckFolder(target.folder) : Promise.resolve(new Map()),
]);
// An exercise whose tests could not load keeps its full test count: count them again with stand-ins for its code.
const broken = [
  ...new Set(modules.filter((module) => module.loadError !== undefined).map((module) => module.file.split("/")[2]!)),
];
const testList = new Map<string, string[]>();
if (broken.length > 0 && target.replace === undefined) {
  const counted = await runGradedSuite([target], { env: { KIT_STANDIN: "1", KIT_EXERCISES: broken.join(",") } });
  for (const module of counted) {
    const [, suite, folder] = module.file.split("/");
    if (module.loadError === undefined && (suite === "graded" || suite === "hidden")) {
      const key = groupKey(suite, folder!);
      testList.set(key, [...(testList.get(key) ?? []), ...module.tests.map((test) => test.name)]);
    }
  }
}
const { results, rows } = score(manifest, modules, {
  hidden,
  exerciseZero,
  testList,
  ...(target.exercises === undefined ? {} : { only: target.exercises }),
});
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (target.name === "exercises") saveProgress(rows);

console.log(`Grading ${target.name}\n`);
console.log(formatTable(rows, { hiddenResults: hidden }));
// The first unfinished exercise's first failing test, in full: one thing to fix next.
const unfinished = rows.findIndex((row) => row.passed < row.total);
if (unfinished >= 0) {
  const number = String(manifest.indexOf(rows[unfinished]!.exercise) + 1);
  const failing = results.tests.find(
    (test) => test.status === "failed" && test.visibility === "visible" && test.number.startsWith(`${number}.`),
  );
  if (failing !== undefined)
    console.log(`\nNext: ${failing.number} ${failing.name}\n  ${failing.output.split("\n").join("\n  ")}`);
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
