import type { ModuleReport } from "./moduleReports.js";
import { type ManifestExercise, exerciseNumber } from "./manifest.js";
import { type ExerciseScore, type ZeroReason, formatTable, groupKey, score } from "./score.js";
import { fileGroup } from "./grading/supervisor.js";

/** Lines of failure detail shown under the table: enough for one message, never a screenful. */
const DETAIL_LINES = 14;

/**
 * What `npm run watch` knows between saves: each test file's latest report, each exercise's type errors and
 * each suite's zero reason (timed out, exited...). A save re-grades some exercises; the others keep their last
 * result, so the table always shows every exercise with its full test count.
 */
export class WatchState {
  private readonly reports = new Map<string, ModuleReport>();
  private readonly groupZero = new Map<string, ZeroReason>();
  private typeZero = new Map<string, ZeroReason>();

  constructor(
    private readonly manifest: readonly ManifestExercise[],
    private readonly hidden: boolean,
  ) {}

  /** The type-check's verdict after a save (for every exercise at once). */
  setTypeErrors(typeZero: ReadonlyMap<string, ZeroReason>): void {
    this.typeZero = new Map(typeZero);
  }

  /** One test file graded again: its report replaces the last one, and its suite's zero reason is its own. */
  record(file: string, reports: readonly ModuleReport[], zero: ZeroReason | undefined): void {
    const group = fileGroup(file);
    if (group !== undefined) {
      const key = groupKey(group.suite, group.folder);
      if (zero === undefined) this.groupZero.delete(key);
      else this.groupZero.set(key, zero);
    }
    for (const report of reports) this.reports.set(report.file, report);
  }

  /** The rows of the table, as npm run grade scores them. */
  scored(): ReturnType<typeof score> {
    return score(this.manifest, [...this.reports.values()], {
      hidden: this.hidden,
      exerciseZero: this.typeZero,
      groupZero: this.groupZero,
    });
  }

  /**
   * The screen: the table, then what to fix in `focus` (the exercise just saved): its type errors, or its
   * first failing visible test with the message and the line of the student's code; when it all passes, the
   * next unfinished exercise.
   */
  view(focus: string | undefined): string {
    if (this.reports.size === 0) return "";
    const { results, rows } = this.scored();
    const lines = [formatTable(rows, { hiddenResults: this.hidden })];
    const row = rows.find((candidate) => candidate.exercise.folder === focus);
    const unfinished = rows.find((candidate) => candidate.passed < candidate.total);
    const shown: ExerciseScore | undefined = row !== undefined && row.passed < row.total ? row : unfinished;
    if (shown === undefined) {
      lines.push("", "Every visible test passes. Submit to Gradescope (npm run grade writes the same results.json).");
      return lines.join("\n");
    }
    if (row !== undefined && shown !== row) lines.push("", `${row.exercise.folder}: every test passes.`);
    const number = String(exerciseNumber(shown.exercise));
    const failing = results.tests.find(
      (test) => test.status === "failed" && test.visibility === "visible" && test.number.startsWith(`${number}.`),
    );
    if (failing !== undefined) {
      const detail = failing.output.split("\n");
      lines.push(
        "",
        `${shown === row ? "Now" : "Next"}: ${failing.number} ${failing.name}`,
        ...detail.slice(0, DETAIL_LINES).map((line) => `  ${line}`),
      );
      if (detail.length > DETAIL_LINES)
        lines.push(`  ... (${detail.length - DETAIL_LINES} more lines: npm run grade -- ${number} shows them all)`);
    }
    lines.push("", `Stuck? npm run hint -- ${number}`);
    return lines.join("\n");
  }
}
