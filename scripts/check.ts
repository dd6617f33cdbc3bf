/**
 * Checks exercises before they ship: files, markers and TODO ids, hints that give no solution line away, then
 * graded as npm run grade grades: the solution type-checks and passes every visible and hidden test, the stubs
 * type-check and pass none, and every mutant fails a test. One line per check; exit 0 when all are ok, 1 when
 * one failed, 2 on a usage error.
 *
 * @example
 * npm run check              # every enabled exercise
 * npm run check -- 12        # exercise 12 only (or its folder: 12-swish); several: npm run check -- 5 6
 * npm run check -- 5 --jobs 1
 */
import { parseArgs } from "node:util";
import { type CheckReport, checkExercises, exercisesToCheck, formatCheckLine } from "./kit/check.js";

let folders: string[];
let jobs: number | undefined;
try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: "string" } } });
  folders = exercisesToCheck(positionals);
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1)
      throw new Error(`--jobs takes a whole number of at least 1 (got ${values.jobs})`);
  }
} catch (error) {
  console.error(
    `error: ${(error as Error).message}. Usage: npm run check [-- <exercise number or folder>...] [--jobs N]`,
  );
  process.exit(2);
}

const started = Date.now();
console.log(`Checking ${folders.length === 1 ? folders[0] : `${folders.length} exercises`}\n`);
const report: CheckReport = await checkExercises(folders, {
  ...(jobs === undefined ? {} : { jobs }),
  // Each line as soon as it is known: a long run shows trouble early.
  onLine: (line) => console.log(formatCheckLine(line)),
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  report.ok
    ? `\nAll ${report.lines.length} checks ok (${seconds} s).`
    : `\n${report.failed.length} of ${report.lines.length} checks FAILED (${seconds} s): ${report.failed
        .map((line) => `${line.exercise.slice(0, 2)} ${line.check}`)
        .join(", ")}`,
);
process.exit(report.ok ? 0 : 1);
