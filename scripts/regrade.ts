/**
 * `npm run regrade -- <Gradescope export zip or folder> --jobs N --out scores.csv [--force]`: grades every
 * submission of a Gradescope "Download Submissions" export again, as Gradescope does (the real setup.sh once,
 * then run_autograder as root for each submission, in a layout of its own under two fresh uids of its own),
 * N at a time. Writes each results.json beside the CSV (results/<id>.json) and one CSV row per submission:
 * names, emails and SIDs from the metadata, each exercise's points, the total, and "graded" or why not. A
 * second run skips what is graded unless --force; a submission that crashed the grader is tried again.
 *
 * @example
 * sudo npm run regrade -- ~/Downloads/submissions.zip --jobs 2 --out scores.csv
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { type ExportedSubmission, readGradescopeExport } from "./kit/gradescopeExport.js";
import { installAutograder, needRoot, runAutograderOn, scratchRoot } from "./kit/localAutograder.js";
import { exerciseNumber, readManifest } from "./kit/manifest.js";
import type { GradescopeResults } from "./kit/score.js";
import { GRADED, type SubmissionScore, failedScore, scoreCsv } from "./kit/scoreTable.js";

const USAGE = "Usage: npm run regrade -- <export zip or folder> [--jobs N] [--out scores.csv] [--force]";
let options: { values: { jobs?: string; out?: string; force?: boolean }; positionals: string[] };
let jobs: number;
try {
  options = parseArgs({
    allowPositionals: true,
    options: {
      jobs: { type: "string" },
      out: { type: "string", default: "scores.csv" },
      force: { type: "boolean", default: false },
    },
  });
  if (options.positionals.length !== 1) throw new Error("name one export (the zip Gradescope gives, or its folder)");
  jobs = Number(options.values.jobs ?? Math.min(2, availableParallelism()));
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new Error(`--jobs takes a whole number from 1 to 64, got ${options.values.jobs}`);
} catch (error) {
  console.error(`error: ${(error as Error).message}. ${USAGE}`);
  process.exit(2);
}
needRoot("npm run regrade");

const out = resolve(options.values.out!);
const resultsDir = join(dirname(out), "results");
mkdirSync(resultsDir, { recursive: true });
const manifest = readManifest();
const folders = manifest.map((exercise) => exercise.folder);

/** A results.json as the CSV's line: points per exercise (visible and hidden) from its tests' numbers. */
function scoreOf(submission: ExportedSubmission, results: GradescopeResults): SubmissionScore {
  const cents = new Map(folders.map((folder) => [folder, 0]));
  for (const test of results.tests) {
    const number = Number(test.number.split(".")[0]);
    const exercise = manifest.find((candidate) => exerciseNumber(candidate) === number);
    if (exercise !== undefined) cents.set(exercise.folder, cents.get(exercise.folder)! + Math.round(test.score * 100));
  }
  return {
    submission,
    cents,
    totalCents: Math.round(results.score * 100),
    maxCents: Math.round(results.max_score * 100),
    status: GRADED,
  };
}

/** Whether results.json is a finished grading (not the placeholder a run that died leaves). */
const finished = (results: GradescopeResults | undefined): results is GradescopeResults =>
  results !== undefined && results.tests.length > 0 && typeof results.max_score === "number";

const exported = readGradescopeExport(resolve(options.positionals[0]!));
for (const note of exported.notes) console.log(`note: ${note}`);
const root = scratchRoot("regrade");
const scores = new Map<string, SubmissionScore>();
const started = Date.now();
try {
  const todo: ExportedSubmission[] = [];
  for (const submission of exported.submissions) {
    const saved = join(resultsDir, `${submission.id}.json`);
    if (submission.folder === undefined)
      scores.set(submission.id, failedScore(submission, submission.note ?? "no files in the export"));
    else if (!options.values.force && existsSync(saved))
      scores.set(submission.id, scoreOf(submission, JSON.parse(readFileSync(saved, "utf8")) as GradescopeResults));
    else todo.push(submission);
  }
  console.log(
    `${exported.submissions.length} submissions: ${todo.length} to grade, ${exported.submissions.length - todo.length} already graded or without files (--force grades all). Installing the autograder...`,
  );
  const source = installAutograder(root);
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar(
        { format: "grading [{bar}] {value}/{total} submissions, {eta_formatted} left" },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(todo.length, 0);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < todo.length; i = next++) {
      const submission = todo[i]!;
      let line: SubmissionScore;
      try {
        const ran = await runAutograderOn(source, join(root, `run-${submission.id}`), submission.folder!);
        if (finished(ran.results)) {
          writeFileSync(join(resultsDir, `${submission.id}.json`), `${JSON.stringify(ran.results, null, 2)}\n`);
          line = scoreOf(submission, ran.results);
        } else {
          const results = ran.results as GradescopeResults | undefined;
          const why = results?.output ?? ran.output.trim().split("\n").at(-1) ?? "no results.json";
          line = failedScore(submission, `the grader crashed: ${why.split("\n")[0]}`);
        }
      } catch (error) {
        line = failedScore(submission, `the grader crashed: ${(error as Error).message.split("\n")[0]}`);
      }
      rmSync(join(root, `run-${submission.id}`), { recursive: true, force: true });
      scores.set(submission.id, line);
      done += 1;
      if (bar !== undefined) bar.update(done);
      else
        console.log(
          `${done}/${todo.length} ${submission.id}: ${line.status === GRADED ? `${(line.totalCents ?? 0) / 100} / ${(line.maxCents ?? 0) / 100}` : line.status}`,
        );
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, Math.max(1, todo.length)) }, worker));
  bar?.stop();
} finally {
  rmSync(root, { recursive: true, force: true });
  if (exported.unpackedTo !== undefined) rmSync(exported.unpackedTo, { recursive: true, force: true });
}
const ordered = exported.submissions.map(
  (submission) => scores.get(submission.id) ?? failedScore(submission, "not graded"),
);
writeFileSync(out, scoreCsv(folders, ordered));
const failed = ordered.filter((line) => line.status !== GRADED).length;
console.log(
  `Wrote ${out} (${ordered.length} rows, ${failed} not graded) and each results.json in ${resultsDir}, in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
if (failed > 0) process.exitCode = 1;
