import type { ModuleReport, TestReport } from "./moduleReports.js";
import { LOAD_FAILED } from "./failureMessage.js";
import { type HiddenVisibility, type ManifestExercise, exerciseNumber } from "./manifest.js";
import { fromCents, shareCents, toCents } from "./points.js";

/**
 * Who sees a test on Gradescope: students at once ("visible"), never ("hidden"), after the due date or once
 * the grades are published. Staff always see every test.
 */
export type Visibility = "visible" | HiddenVisibility;

/** One entry of Gradescope's `tests` array. */
export interface GradescopeTest {
  readonly name: string;
  readonly number: string;
  readonly score: number;
  readonly max_score: number;
  readonly status: "passed" | "failed";
  readonly output: string;
  readonly visibility: Visibility;
}

/** Gradescope's results.json. */
export interface GradescopeResults {
  readonly score: number;
  readonly max_score: number;
  readonly output: string;
  readonly visibility: "visible";
  readonly stdout_visibility: "hidden";
  readonly tests: readonly GradescopeTest[];
}

/** The two suites: the graded tests students see and run, and the instructors' hidden ones. */
export type Suite = "graded" | "hidden";

/** Why a whole exercise, or one suite of it, scores 0: a short note for the table and the full message. */
export interface ZeroReason {
  /** For the table: "type errors", "timed out", ... */
  readonly note: string;
  /** For the tests' output: the compiler's message, "timed out after 60 s", ... */
  readonly message: string;
}

/** The key of one exercise's suite in the maps below: "graded/06-linear-regression". */
export const groupKey = (suite: Suite, folder: string): string => `${suite}/${folder}`;

/** What `score` needs besides the reports. */
export interface ScoreOptions {
  /** Whether the hidden tests are graded (instructors and Gradescope); a student's copy has none. */
  readonly hidden: boolean;
  /**
   * The test names of each suite of each exercise (by groupKey), taken before any student code ran: when
   * given, these are the tests, whatever the reports say (a missing one fails, an extra one is ignored).
   */
  readonly testList?: ReadonlyMap<string, readonly string[]>;
  /** Exercises that score 0 whatever their tests say (by folder): type errors, two files for one. */
  readonly exerciseZero?: ReadonlyMap<string, ZeroReason>;
  /** Suites that score 0 (by groupKey): timed out, exited during the tests, not run. */
  readonly groupZero?: ReadonlyMap<string, ZeroReason>;
  /** Only these exercises (grading one mutant); all by default. */
  readonly only?: readonly string[];
}

/** One row of the table: an exercise's visible tests, and its hidden ones where graded. */
export interface ExerciseScore {
  readonly exercise: ManifestExercise;
  readonly passed: number;
  readonly total: number;
  /** Visible points earned and available, in cents (sums stay exact). */
  readonly cents: number;
  readonly maxCents: number;
  readonly hiddenPassed: number;
  readonly hiddenTotal: number;
  readonly hiddenCents: number;
  readonly hiddenMaxCents: number;
  /** Why it scored 0, if it did for a reason other than its tests: "type errors", "does not load", ... */
  readonly note?: string;
}

const LOAD_ERROR_NOTE = "does not load";

/** The first test message that says the student's file did not load, if any: the row notes it. */
function loadFailure(reports: readonly TestReport[]): ZeroReason | undefined {
  const message = reports.find((test) => test.message?.startsWith(LOAD_FAILED) === true)?.message;
  return message === undefined ? undefined : { note: LOAD_ERROR_NOTE, message };
}

/**
 * Scores the reports against the manifest. Each suite's points are shared among its tests in whole cents
 * (they add up exactly); a suite that could not run at all gets one failed entry worth all its points, so the
 * maximum never depends on what compiled or ran. An exercise or suite with a zero reason scores 0 with that
 * reason as every test's output, keeping its test count.
 */
export function score(
  manifest: readonly ManifestExercise[],
  modules: readonly ModuleReport[],
  options: ScoreOptions,
): { results: GradescopeResults; rows: ExerciseScore[] } {
  const tests: GradescopeTest[] = [];
  const rows: ExerciseScore[] = [];
  for (const exercise of manifest) {
    if (options.only !== undefined && !options.only.includes(exercise.folder)) continue;
    if (exercise.enabled === false) continue;
    // From the folder, not the manifest's order: disabling 08 leaves 09's tests 9.1, 9.2, ... as its stubs say.
    const number = String(exerciseNumber(exercise));
    const label = `${exercise.folder.slice(0, 2)} ${exercise.title}`;
    const tally = {
      graded: { passed: 0, total: 0, cents: 0, max: 0 },
      hidden: { passed: 0, total: 0, cents: 0, max: 0 },
    };
    let note: string | undefined;
    const suites: Suite[] = options.hidden ? ["graded", "hidden"] : ["graded"];
    for (const suite of suites) {
      const points = suite === "graded" ? exercise.points : exercise.hiddenPoints;
      if (points === 0) continue;
      const key = groupKey(suite, exercise.folder);
      const visibility: Visibility = suite === "graded" ? "visible" : (exercise.hiddenVisibility ?? "hidden");
      const prefix = suite === "graded" ? "" : "h";
      const mine = modules.filter((module) => module.file.startsWith(`tests/${suite}/${exercise.folder}/`));
      const reports = mine.flatMap((module) => module.tests);
      const broken = mine.filter((module) => module.loadError !== undefined);
      const loadReason: ZeroReason | undefined =
        broken.length > 0
          ? {
              note: LOAD_ERROR_NOTE,
              message: `Could not load the tests of ${exercise.folder}: does your code compile and export what the README names?\n${broken.map((module) => `${module.file}: ${module.loadError}`).join("\n")}`,
            }
          : undefined;
      const zero =
        options.exerciseZero?.get(exercise.folder) ?? options.groupZero?.get(key) ?? loadReason ?? loadFailure(reports);
      const names = options.testList?.get(key) ?? [...new Set(reports.map((test) => test.name))];
      const mark = tally[suite];
      mark.max = toCents(points);
      if (zero !== undefined && suite === "graded") note = zero.note;
      if (names.length === 0) {
        tests.push({
          name: `${label}${suite === "hidden" ? " (hidden tests)" : ""}: could not run`,
          number: `${number}.${prefix}0`,
          score: 0,
          max_score: points,
          status: "failed",
          output: zero?.message ?? `No ${suite} tests ran for ${exercise.folder}.`,
          visibility,
        });
        mark.total += 1;
        continue;
      }
      const byName = new Map<string, TestReport>();
      for (const test of reports) if (!byName.has(test.name)) byName.set(test.name, test);
      const shares = shareCents(points, names.length);
      const first = `${number}.${prefix}1`;
      names.forEach((name, i) => {
        const outcome = byName.get(name);
        const passed = zero === undefined && outcome?.state === "passed";
        const output = passed
          ? ""
          : zero !== undefined
            ? i === 0
              ? zero.message
              : `Scored 0: ${zero.note} (see test ${first}).`
            : (outcome?.message ?? (outcome === undefined ? "No result was reported for this test." : "failed"));
        mark.total += 1;
        if (passed) {
          mark.passed += 1;
          mark.cents += shares[i]!;
        }
        tests.push({
          name,
          number: `${number}.${prefix}${i + 1}`,
          score: passed ? fromCents(shares[i]!) : 0,
          max_score: fromCents(shares[i]!),
          status: passed ? "passed" : "failed",
          output,
          visibility,
        });
      });
    }
    rows.push({
      exercise,
      passed: tally.graded.passed,
      total: tally.graded.total,
      cents: tally.graded.cents,
      maxCents: toCents(exercise.points),
      hiddenPassed: tally.hidden.passed,
      hiddenTotal: tally.hidden.total,
      hiddenCents: tally.hidden.cents,
      hiddenMaxCents: options.hidden ? toCents(exercise.hiddenPoints) : 0,
      ...(note === undefined ? {} : { note }),
    });
  }
  const earned = rows.reduce((sum, row) => sum + row.cents + row.hiddenCents, 0);
  const max = rows.reduce((sum, row) => sum + row.maxCents + row.hiddenMaxCents, 0);
  return {
    results: {
      score: fromCents(earned),
      max_score: fromCents(max),
      output: formatTable(rows, { hiddenResults: false }),
      visibility: "visible",
      stdout_visibility: "hidden",
      tests,
    },
    rows,
  };
}

/** Points in cents as the table shows them: whole points plainly, fractions with two decimals. */
export const points = (cents: number): string => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));

/**
 * The one table everywhere (npm run grade, npm run watch, Gradescope): each exercise's visible tests and
 * points, the total, and a line on the hidden tests: their results where `hiddenResults` (an instructor's
 * copy), else only how many more points they are worth on submission.
 *
 * @example
 * formatTable(rows, { hiddenResults: false })
 * // exercise ... total  0/80  0 / 100
 * // + 12 more points from hidden tests, graded on submission (not shown here)
 */
export function formatTable(rows: readonly ExerciseScore[], options: { readonly hiddenResults: boolean }): string {
  const lines = [["exercise", "tests passed", "points"]];
  for (const row of rows) {
    lines.push([
      `${row.exercise.folder}${row.note === undefined ? "" : ` (${row.note})`}`,
      `${row.passed}/${row.total}`,
      `${points(row.cents)} / ${points(row.maxCents)}`,
    ]);
  }
  const sum = (pick: (row: ExerciseScore) => number): number => rows.reduce((total, row) => total + pick(row), 0);
  lines.push([
    "total",
    `${sum((row) => row.passed)}/${sum((row) => row.total)}`,
    `${points(sum((row) => row.cents))} / ${points(sum((row) => row.maxCents))}`,
  ]);
  const widths = [0, 1, 2].map((col) => Math.max(...lines.map((line) => line[col]!.length)));
  const render = (line: string[]): string =>
    `${line[0]!.padEnd(widths[0]!)}  ${line[1]!.padStart(widths[1]!)}  ${line[2]!.padStart(widths[2]!)}`;
  const rule = "-".repeat(widths[0]! + widths[1]! + widths[2]! + 4);
  const table = [render(lines[0]!), rule, ...lines.slice(1, -1).map(render), rule, render(lines.at(-1)!)];
  const hiddenCents = sum((row) => toCents(row.exercise.hiddenPoints));
  if (hiddenCents > 0) {
    table.push(
      options.hiddenResults
        ? `hidden tests: ${sum((row) => row.hiddenPassed)}/${sum((row) => row.hiddenTotal)} passed, ${points(sum((row) => row.hiddenCents))} / ${points(hiddenCents)} points`
        : `+ ${points(hiddenCents)} more points from hidden tests, graded on submission (not shown here)`,
    );
  }
  return table.join("\n");
}
