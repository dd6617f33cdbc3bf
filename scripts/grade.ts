/**
 * Grades a folder laid out like exercises/ with the graded suite (and the hidden tests, where
 * tests/hidden exists), prints a table and writes Gradescope's results.json.
 *
 * @example
 * npm run grade                                   # grades exercises/, writes results.json
 * npm run grade -- solutions                      # grades another folder
 * npm run grade -- exercises --results out.json   # writes the results elsewhere
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readManifest } from "./kit/manifest.js";
import { runGradedSuite } from "./kit/runGradedSuite.js";
import { formatTable, score } from "./kit/score.js";
import { ROOT, parseTarget } from "./kit/targets.js";

const args = process.argv.slice(2);
const resultsAt = args.indexOf("--results");
const resultsFile = resolve(resultsAt >= 0 ? (args[resultsAt + 1] ?? "results.json") : (process.env.KIT_RESULTS ?? "results.json"));
const positional = args.filter((arg, i) => !arg.startsWith("--") && (resultsAt < 0 || i !== resultsAt + 1));
const target = parseTarget(positional[0] ?? "exercises");
const verbose = args.includes("--verbose");

const run = await runGradedSuite([target], { echo: verbose });
const { results, rows } = score(readManifest(), run.modules, { hidden: existsSync(join(ROOT, "tests", "hidden")) });
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

console.log(`Grading ${target.name}/\n`);
console.log(formatTable(rows));
const failing = results.tests.filter((test) => test.status === "failed" && test.visibility === "visible");
if (failing.length > 0) {
  console.log(`\nFirst failing test: ${failing[0]!.number} ${failing[0]!.name}\n  ${failing[0]!.output.split("\n").slice(0, 3).join("\n  ")}`);
}
console.log(`\nWrote ${resultsFile}`);
