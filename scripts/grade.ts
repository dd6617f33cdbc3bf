/**
 * Grades a folder laid out like exercises/ with the graded suite (and the hidden tests, where
 * tests/hidden exists), prints a table and writes Gradescope's results.json.
 *
 * @example
 * npm run grade                                   # grades exercises/, writes results.json
 * npm run grade -- solutions                      # grades another folder
 * npm run grade -- exercises --results out.json   # writes the results elsewhere
 * npm run grade -- --verbose                      # also shows vitest's own output
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { hasHiddenTests, readManifest } from "./kit/manifest.js";
import { runGradedSuite } from "./kit/runGradedSuite.js";
import { formatTable, score } from "./kit/score.js";
import { parseTarget } from "./kit/targets.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { results: { type: "string" }, verbose: { type: "boolean", default: false } },
});
const resultsFile = resolve(values.results ?? "results.json");
const target = parseTarget(positionals[0] ?? "exercises");

const modules = await runGradedSuite([target], { echo: values.verbose });
const { results, rows } = score(readManifest(), modules, { hidden: hasHiddenTests() });
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

console.log(`Grading ${target.name}/\n`);
console.log(formatTable(rows));
const failing = results.tests.find((test) => test.status === "failed" && test.visibility === "visible");
if (failing !== undefined) {
  console.log(`\nFirst failing test: ${failing.number} ${failing.name}\n  ${failing.output.split("\n").slice(0, 3).join("\n  ")}`);
}
console.log(`\nWrote ${resultsFile}`);
