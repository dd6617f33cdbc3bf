import type { ModuleReport } from "./KitReporter.js";
import type { ManifestExercise } from "./manifest.js";

/** One entry of Gradescope's `tests` array. */
export interface GradescopeTest {
  readonly name: string;
  readonly number: string;
  readonly score: number;
  readonly max_score: number;
  readonly status: "passed" | "failed";
  readonly output: string;
  readonly visibility: "visible" | "hidden";
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

/** One row of the table `npm run grade` prints. */
export interface ExerciseScore {
  readonly exercise: ManifestExercise;
  readonly passed: number;
  readonly total: number;
  readonly score: number;
  readonly maxScore: number;
  /** Set when a test file of the exercise could not load. */
  readonly loadError?: string;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Scores one target's reports against the manifest. Points of a group (graded or hidden) are shared
 * equally by its tests; a group with a file that failed to load gets one failed entry worth all its
 * points, with the error as output, so the maximum never depends on what compiled.
 */
export function score(
  manifest: readonly ManifestExercise[],
  modules: readonly ModuleReport[],
  options: { readonly hidden: boolean },
): {
  results: GradescopeResults;
  rows: ExerciseScore[];
} {
  const tests: GradescopeTest[] = [];
  const rows: ExerciseScore[] = [];
  manifest.forEach((exercise, index) => {
    const number = String(index + 1);
    let passed = 0;
    let total = 0;
    let earned = 0;
    let loadError: string | undefined;
    const groups = [
      { suite: "tests/graded/", points: exercise.points, visibility: "visible" as const, prefix: "" },
      { suite: "tests/hidden/", points: exercise.hiddenPoints, visibility: "hidden" as const, prefix: "h" },
    ];
    for (const group of groups) {
      // Students' copies have no tests/hidden: their maximum is the visible points only.
      if (group.points === 0 || (group.visibility === "hidden" && !options.hidden)) continue;
      const mine = modules.filter((module) => module.file.startsWith(`${group.suite}${exercise.folder}/`));
      const broken = mine.filter((module) => module.loadError !== undefined);
      // A test that did not run (its suite's beforeAll threw) counts, and fails: the points never move.
      const cases = mine.flatMap((module) => module.tests);
      const label = `${exercise.folder.slice(0, 2)} ${exercise.title}`;
      if (broken.length > 0 || cases.length === 0) {
        const output =
          broken.length > 0
            ? `Could not load the tests of ${exercise.folder}: does your code compile and export what the README names?\n${broken.map((module) => `${module.file}: ${module.loadError}`).join("\n")}`
            : `No ${group.visibility} tests ran for ${exercise.folder}.`;
        if (broken.length > 0) loadError ??= output;
        tests.push({
          name: `${label}${group.visibility === "hidden" ? " (hidden tests)" : ""}: could not run`,
          number: `${number}.${group.prefix}0`,
          score: 0,
          max_score: group.points,
          status: "failed",
          output,
          visibility: group.visibility,
        });
        total += Math.max(cases.length, 1);
        continue;
      }
      const each = group.points / cases.length;
      cases.forEach((test, i) => {
        const ok = test.state === "passed";
        if (ok) {
          passed += 1;
          earned += each;
        }
        total += 1;
        tests.push({
          name: test.name,
          number: `${number}.${group.prefix}${i + 1}`,
          score: ok ? round(each) : 0,
          max_score: round(each),
          status: ok ? "passed" : "failed",
          output: ok ? "" : (test.message ?? "failed"),
          visibility: group.visibility,
        });
      });
    }
    const maxScore = exercise.points + (options.hidden ? exercise.hiddenPoints : 0);
    rows.push({ exercise, passed, total, score: round(earned), maxScore, ...(loadError === undefined ? {} : { loadError }) });
  });
  const earned = round(rows.reduce((sum, row) => sum + row.score, 0));
  const max = rows.reduce((sum, row) => sum + row.maxScore, 0);
  return {
    results: {
      score: earned,
      max_score: max,
      output: `${earned} / ${max} points. Run \`npm run grade\` on your machine to see the same table.`,
      visibility: "visible",
      stdout_visibility: "hidden",
      tests,
    },
    rows,
  };
}

/** The table `npm run grade` prints: exercise, tests passed, points, total. */
export function formatTable(rows: readonly ExerciseScore[]): string {
  const lines = [["exercise", "tests passed", "points"]];
  for (const row of rows) {
    lines.push([
      `${row.exercise.folder}${row.loadError === undefined ? "" : " (does not load)"}`,
      `${row.passed}/${row.total}`,
      `${row.score} / ${row.maxScore}`,
    ]);
  }
  const passed = rows.reduce((sum, row) => sum + row.passed, 0);
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const earned = round(rows.reduce((sum, row) => sum + row.score, 0));
  const max = rows.reduce((sum, row) => sum + row.maxScore, 0);
  lines.push(["total", `${passed}/${total}`, `${earned} / ${max}`]);
  const widths = [0, 1, 2].map((col) => Math.max(...lines.map((line) => line[col]!.length)));
  const render = (line: string[]): string =>
    `${line[0]!.padEnd(widths[0]!)}  ${line[1]!.padStart(widths[1]!)}  ${line[2]!.padStart(widths[2]!)}`;
  const rule = "-".repeat(widths[0]! + widths[1]! + widths[2]! + 4);
  return [render(lines[0]!), rule, ...lines.slice(1, -1).map(render), rule, render(lines.at(-1)!)].join("\n");
}
