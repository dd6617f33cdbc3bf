import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import { exercisesDrift, expectedExercises, stubOf } from "./generate.js";
import { type GradeOutcome, gradeTarget } from "./gradeTarget.js";
import { hintLeaks } from "./hintLeaks.js";
import { parseHints } from "./hints.js";
import { type ManifestExercise, exerciseNumber, readManifest, readManifestFile } from "./manifest.js";
import { listMutants, readMutant } from "./mutants.js";
import type { ExerciseScore } from "./score.js";
import { ROOT, type Target, parseTarget } from "./targets.js";

/** One verdict of `npm run check`: one exercise, one thing checked. */
export interface CheckLine {
  /** The exercise folder, e.g. "05-gradient-descent". */
  readonly exercise: string;
  /** What was checked, in words: "solution passes every visible and hidden test". */
  readonly check: string;
  readonly ok: boolean;
  /** What failed, when it did: the tests, the mutant's mistake, the compiler's message. */
  readonly detail?: string;
}

/** What `npm run check` found. */
export interface CheckReport {
  readonly lines: readonly CheckLine[];
  readonly failed: readonly CheckLine[];
  readonly ok: boolean;
}

/** How the check grades a target; gradeTarget (the grading run `npm run grade` uses) unless a test injects another. */
export type GradeFunction = (
  target: Target,
  options: { readonly exercises?: readonly string[] },
) => Promise<Pick<GradeOutcome, "results" | "rows">>;

/** Options of checkExercises. */
export interface CheckOptions {
  /** Grades one target; gradeTarget by default. */
  readonly grade?: GradeFunction;
  /** How many targets are graded at once; 2 by default (at most the machine's cores). */
  readonly jobs?: number;
  /** Called with each line as soon as it is known (the lines come back in order all the same). */
  readonly onLine?: (line: CheckLine) => void;
}

/**
 * The exercises `npm run check -- <args>` names: numbers ("12"), folders ("12-swish"), or every enabled exercise
 * when none is given. An unknown or disabled one is an error naming what exists.
 *
 * @example
 * exercisesToCheck(["5"]) // ["05-gradient-descent"]
 */
export function exercisesToCheck(args: readonly string[], manifestFile?: string): string[] {
  const { exercises, disabled } = readManifestFile(manifestFile);
  if (args.length === 0) return exercises.map((exercise) => exercise.folder);
  return args.map((arg) => {
    const matches = (exercise: ManifestExercise): boolean =>
      exercise.folder === arg || (/^\d+$/.test(arg) && exerciseNumber(exercise) === Number(arg));
    const found = exercises.find(matches);
    if (found !== undefined) return found.folder;
    const off = disabled.find(matches);
    if (off !== undefined)
      throw new Error(`${off.folder} is disabled in the manifest ("enabled": false): enable it to check it`);
    throw new Error(
      `no exercise "${arg}" in the manifest (it has ${exercises.map((exercise) => exerciseNumber(exercise)).join(", ")})`,
    );
  });
}

/** "ok      05 solution type-checks" or "FAILED  05 mutant ... : what failed". */
export function formatCheckLine(line: CheckLine): string {
  const head = `${line.ok ? "ok    " : "FAILED"}  ${line.exercise.slice(0, 2)} ${line.check}`;
  return line.detail === undefined ? head : `${head}: ${line.detail.replaceAll("\n", "\n          ")}`;
}

/** The ids of the mutants of some exercises. */
const mutantsOf = (folder: string): string[] => listMutants().filter((id) => id.startsWith(`${folder}/`));

/** Whether solutions/README.md's table has a row naming the folder in a cell of its own. */
function listedInReadme(root: string, folder: string): boolean {
  const file = join(root, "solutions", "README.md");
  if (!existsSync(file)) return false;
  return readFileSync(file, "utf8")
    .split("\n")
    .some((line) => line.trimStart().startsWith("|") && line.split("|").some((cell) => cell.trim() === folder));
}

/** The checks that need no grading: files, markers and TODO ids, hints, mutants that apply. */
export function staticChecks(folder: string, root = ROOT): CheckLine[] {
  const lines: CheckLine[] = [];
  const add = (check: string, problems: readonly string[]): void => {
    lines.push({
      exercise: folder,
      check,
      ok: problems.length === 0,
      ...(problems.length === 0 ? {} : { detail: problems.join("; ") }),
    });
  };
  const solution = join(root, "solutions", folder);
  const sources = existsSync(solution)
    ? readdirSync(solution)
        .filter((name) => name.endsWith(".ts"))
        .map((name) => ({ name, text: readFileSync(join(solution, name), "utf8") }))
    : [];
  const graded = join(root, "tests", "graded", folder);
  const entry = readManifestFile(join(root, "tests", "graded", "manifest.json")).exercises.find(
    (exercise) => exercise.folder === folder,
  );
  const hiddenTests = join(root, "tests", "hidden", folder);
  add("has its files", [
    ...(existsSync(join(solution, "README.md")) ? [] : [`no solutions/${folder}/README.md`]),
    ...(existsSync(join(solution, "hints.md")) ? [] : [`no solutions/${folder}/hints.md`]),
    ...(sources.length > 0 ? [] : [`no .ts file in solutions/${folder}/`]),
    ...(existsSync(graded) && readdirSync(graded).some((name) => name.endsWith(".test.ts"))
      ? []
      : [`no tests/graded/${folder}/*.test.ts`]),
    ...(listedInReadme(root, folder)
      ? []
      : [`no row for ${folder} in solutions/README.md's table (the students' list)`]),
    ...(entry !== undefined && entry.hiddenPoints === 0 && existsSync(hiddenTests)
      ? [`tests/hidden/${folder}/ exists but "hiddenPoints" is 0, so its tests are never graded`]
      : []),
  ]);
  // Markers: each region well formed, at least one, TODO ids "<folder number>.<n>" and each once.
  const number = folder.slice(0, 2);
  const problems: string[] = [];
  const ids: string[] = [];
  for (const { name, text } of sources) {
    try {
      stubOf(text, `solutions/${folder}/${name}`);
    } catch (error) {
      problems.push((error as Error).message);
    }
    for (const match of text.matchAll(/\/\/ BEGIN SOLUTION TODO\(([^)]+)\)/g)) ids.push(match[1]!);
  }
  if (ids.length === 0 && sources.length > 0)
    problems.push("no // BEGIN SOLUTION TODO(...) region: the stub would be the answer");
  for (const id of ids)
    if (!new RegExp(`^${number}\\.\\d+$`).test(id)) problems.push(`TODO(${id}) should be TODO(${number}.<n>)`);
  const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (twice.length > 0) problems.push(`TODO id(s) used twice: ${[...new Set(twice)].join(", ")}`);
  add("markers and TODO ids", problems);
  const hintsFile = join(solution, "hints.md");
  const hints = existsSync(hintsFile) ? parseHints(readFileSync(hintsFile, "utf8")) : [];
  const leaks = hintLeaks(
    sources.map((source) => source.text),
    hints,
  );
  add(
    "hints hold no solution line",
    hints.length === 0 ? [`hints.md has no numbered hint ("1. ...")`] : leaks.map((line) => `a hint holds \`${line}\``),
  );
  for (const id of mutantsOf(folder)) {
    try {
      parseTarget(`mutant:${id}`);
      const { file } = readMutant(id);
      // Its exercise is the folder of the file it edits: a mutant filed under another would be graded there.
      if (!file.startsWith(`${folder}/`))
        add(`mutant ${id.split("/")[1]} applies`, [`it edits ${file}, outside ${folder}/`]);
    } catch (error) {
      add(`mutant ${id.split("/")[1]} applies`, [(error as Error).message]);
    }
  }
  return lines;
}

/** Test names that failed (or passed, for stubs) in an exercise's results, a few of them, for a detail. */
function someTests(outcome: Pick<GradeOutcome, "results">, folder: string, status: "passed" | "failed"): string {
  const number = `${exerciseNumber(folder)}.`;
  const tests = outcome.results.tests.filter((test) => test.number.startsWith(number) && test.status === status);
  const shown = tests.slice(0, 3).map((test) => {
    const first = test.output.split("\n").find((line) => line.trim().length > 0);
    return `${test.number} ${test.name}${status === "failed" && first !== undefined ? ` (${first.trim().slice(0, 160)})` : ""}`;
  });
  return `${shown.join("; ")}${tests.length > 3 ? `; and ${tests.length - 3} more` : ""}`;
}

const rowOf = (outcome: Pick<GradeOutcome, "rows">, folder: string): ExerciseScore | undefined =>
  outcome.rows.find((row) => row.exercise.folder === folder);

/** The solution's lines: it type-checks, and passes every visible and hidden test. */
function solutionLines(folder: string, outcome: Pick<GradeOutcome, "results" | "rows">): CheckLine[] {
  const row = rowOf(outcome, folder);
  if (row === undefined) return [{ exercise: folder, check: "solution is graded", ok: false, detail: "no result" }];
  const typeErrors = row.note === "type errors";
  const all =
    row.total > 0 && row.passed === row.total && row.hiddenPassed === row.hiddenTotal && row.note === undefined;
  return [
    {
      exercise: folder,
      check: "solution type-checks",
      ok: !typeErrors,
      ...(typeErrors ? { detail: someTests(outcome, folder, "failed") } : {}),
    },
    {
      exercise: folder,
      check: `solution passes every test (${row.total} visible, ${row.hiddenTotal} hidden)`,
      ok: all,
      ...(all
        ? {}
        : { detail: `${row.note === undefined ? "" : `${row.note}: `}${someTests(outcome, folder, "failed")}` }),
    },
  ];
}

/** The stubs' lines: they type-check, and pass no test (a test that passes on a stub checks nothing). */
function stubLines(folder: string, outcome: Pick<GradeOutcome, "results" | "rows">): CheckLine[] {
  const row = rowOf(outcome, folder);
  if (row === undefined) return [{ exercise: folder, check: "stubs are graded", ok: false, detail: "no result" }];
  const typeErrors = row.note === "type errors";
  const loads = row.note === undefined || typeErrors;
  const none = row.passed === 0 && row.hiddenPassed === 0 && loads;
  return [
    {
      exercise: folder,
      check: "stubs type-check",
      ok: !typeErrors,
      ...(typeErrors ? { detail: someTests(outcome, folder, "failed") } : {}),
    },
    {
      exercise: folder,
      check: "stubs pass no test",
      ok: none,
      ...(none
        ? {}
        : {
            detail: loads
              ? `these pass without the student's work: ${someTests(outcome, folder, "passed")}`
              : `${row.note}: ${someTests(outcome, folder, "failed")}`,
          }),
    },
  ];
}

/** A mutant's line: at least one test fails on it. */
function mutantLine(id: string, outcome: Pick<GradeOutcome, "rows">): CheckLine {
  const folder = id.split("/")[0]!;
  const row = rowOf(outcome, folder);
  const { mistake } = readMutant(id);
  const caught = row !== undefined && (row.passed < row.total || row.hiddenPassed < row.hiddenTotal);
  return {
    exercise: folder,
    check: `mutant ${id.split("/")[1]} is caught`,
    ok: caught,
    ...(caught
      ? {}
      : {
          detail: `no test fails on mutants/${id}.json ("${mistake}"): add a test (visible or hidden) that catches it`,
        }),
  };
}

/** Runs `tasks` at most `jobs` at a time. */
async function pool<T>(jobs: number, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < tasks.length; i = next++) results[i] = await tasks[i]!();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, worker));
  return results;
}

/**
 * The stubs to grade: exercises/ when it is what solutions/ generates for these exercises, else fresh stubs
 * generated into a temporary folder under the project (.gradkit/, which git ignores), removed by `done()`.
 */
function stubsFolder(folders: readonly string[]): { target: Target; note?: string; done: () => void } {
  const stale = exercisesDrift().filter((line) => folders.some((folder) => line.includes(`exercises/${folder}/`)));
  if (stale.length === 0) return { target: parseTarget("exercises"), done: () => {} };
  mkdirSync(join(ROOT, ".gradkit"), { recursive: true });
  const folder = mkdtempSync(join(ROOT, ".gradkit", "check-stubs-"));
  for (const [path, content] of expectedExercises()) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return {
    target: parseTarget(relative(ROOT, folder)),
    note: `exercises/ is out of date (${stale.length} file(s); npm run exercises rewrites it): checked fresh stubs instead`,
    done: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/**
 * `npm run check`: for each exercise, its files, markers and TODO ids, that no hint holds a solution line, then,
 * graded as `npm run grade` grades (gradeTarget): the solution type-checks and passes every visible and hidden
 * test, the stubs type-check and pass none, and every mutant fails at least one test. The solutions, the stubs
 * and each mutant are graded as separate targets, `jobs` at a time.
 *
 * @example
 * const report = await checkExercises(["05-gradient-descent"], { onLine: (line) => console.log(formatCheckLine(line)) });
 * report.ok // true when every line is ok
 */
export async function checkExercises(folders: readonly string[], options: CheckOptions = {}): Promise<CheckReport> {
  const grade: GradeFunction = options.grade ?? ((target, opts) => gradeTarget(target, opts));
  const jobs = options.jobs ?? Math.min(2, availableParallelism());
  // Each line with its rank (static checks, solution, stubs, then the mutants), to sort them back in order.
  const lines: { line: CheckLine; rank: number }[] = [];
  const emit = (found: readonly CheckLine[], rank = 0): void => {
    for (const line of found) {
      lines.push({ line, rank });
      options.onLine?.(line);
    }
  };
  for (const folder of folders) emit(staticChecks(folder));
  const order = new Map(folders.map((folder, index) => [folder, index]));
  let stubs: ReturnType<typeof stubsFolder> | undefined;
  try {
    stubs = stubsFolder(folders);
  } catch (error) {
    emit(
      folders.map((folder) => ({
        exercise: folder,
        check: "stubs generate",
        ok: false,
        detail: (error as Error).message,
      })),
    );
  }
  if (stubs?.note !== undefined) console.error(`note: ${stubs.note}`);
  const mutants = folders.flatMap(mutantsOf).filter((id) => {
    try {
      parseTarget(`mutant:${id}`);
      return true;
    } catch {
      return false; // already a failed "applies" line
    }
  });
  /** Grades one target and turns the outcome into lines; a grading run that fails is a failed line, not a crash. */
  const graded =
    (
      rank: number,
      what: string,
      target: () => Target,
      exercises: readonly string[],
      toLines: (outcome: Pick<GradeOutcome, "results" | "rows">) => CheckLine[],
    ) =>
    async (): Promise<void> => {
      try {
        emit(toLines(await grade(target(), { exercises })), rank);
      } catch (error) {
        const detail = (error as Error).message.split("\n").slice(0, 5).join("\n");
        emit(
          exercises.map((folder) => ({ exercise: folder, check: `${what} is graded`, ok: false, detail })),
          rank,
        );
      }
    };
  const tasks = [
    graded(
      1,
      "solution",
      () => parseTarget("solutions"),
      folders,
      (outcome) => folders.flatMap((folder) => solutionLines(folder, outcome)),
    ),
    ...(stubs === undefined
      ? []
      : [
          graded(
            2,
            "stubs",
            () => stubs.target,
            folders,
            (outcome) => folders.flatMap((folder) => stubLines(folder, outcome)),
          ),
        ]),
    ...mutants.map((id, index) =>
      graded(
        3 + index,
        `mutant ${id}`,
        () => parseTarget(`mutant:${id}`),
        [id.split("/")[0]!],
        (outcome) => [mutantLine(id, outcome)],
      ),
    ),
  ];
  try {
    await pool(jobs, tasks);
  } finally {
    stubs?.done();
  }
  // Back in a stable order: by exercise, then static checks, solution, stubs, mutants (sort is stable).
  const sorted = [...lines]
    .sort((a, b) => (order.get(a.line.exercise) ?? 0) - (order.get(b.line.exercise) ?? 0) || a.rank - b.rank)
    .map(({ line }) => line);
  const failed = sorted.filter((line) => !line.ok);
  return { lines: sorted, failed, ok: failed.length === 0 };
}

/** The manifest's enabled exercise folders: what `npm run autograder` and `npm run bundle` check before they build. */
export const enabledExercises = (): string[] => readManifest().map((exercise) => exercise.folder);
