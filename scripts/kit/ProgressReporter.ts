import type { Reporter, TestModule } from "vitest/node";
import { type ModuleReport, toModuleReports } from "./KitReporter.js";
import { type ManifestExercise, hasHiddenTests, readManifest } from "./manifest.js";
import { saveProgress } from "./progress.js";
import { formatTable, score } from "./score.js";

/** Lines of failure detail shown under the table: enough for one message, never a screenful. */
const DETAIL_LINES = 12;

/**
 * What `npm run watch` shows after each run: the table of every exercise's latest result, and the first
 * failing test of the first unfinished exercise (one thing to fix next), nothing else.
 *
 * @example
 * watchView(readManifest(), reports, false) // "exercise  tests passed  points\n...\nNext: 1.1 ...\n  TODO(01.1): ..."
 */
export function watchView(
  manifest: readonly ManifestExercise[],
  modules: readonly ModuleReport[],
  hidden: boolean,
): string {
  const { results, rows } = score(manifest, modules, { hidden });
  const lines = [formatTable(rows, { hiddenResults: hidden })];
  const unfinished = rows.findIndex((row) => row.passed < row.total);
  if (unfinished < 0) {
    lines.push("", "Every visible test passes. Submit to Gradescope (npm run grade writes the same results.json).");
  } else {
    const number = String(manifest.indexOf(rows[unfinished]!.exercise) + 1);
    const failing = results.tests.find((test) => test.status === "failed" && test.number.startsWith(`${number}.`));
    if (failing !== undefined) {
      const detail = failing.output.split("\n");
      lines.push(
        "",
        `Next: ${failing.number} ${failing.name}`,
        ...detail.slice(0, DETAIL_LINES).map((line) => `  ${line}`),
      );
      if (detail.length > DETAIL_LINES)
        lines.push(`  ... (${detail.length - DETAIL_LINES} more lines: npm run grade shows them all)`);
    }
    lines.push("", `Stuck? npm run hint -- ${Number(number)}`);
  }
  return lines.join("\n");
}

/**
 * For `npm run watch`: after every run (every save) the table of `npm run grade`. Vitest re-runs only the
 * test files a save affects; the other exercises keep their last result here, so their rows keep their points.
 */
export default class ProgressReporter implements Reporter {
  private readonly latest = new Map<string, ModuleReport>();
  private readonly manifest = readManifest();
  private readonly hidden = hasHiddenTests();

  constructor(private readonly options: { readonly save?: boolean } = {}) {}

  /** Takes one run's reports (the files it re-ran) and returns the view of every exercise's latest result. */
  record(reports: readonly ModuleReport[]): string {
    for (const module of reports) this.latest.set(`${module.target}:${module.file}`, module);
    const modules = [...this.latest.values()];
    if (this.options.save !== false) saveProgress(score(this.manifest, modules, { hidden: this.hidden }).rows);
    return watchView(this.manifest, modules, this.hidden);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const view = this.record(toModuleReports(testModules));
    // On a terminal, each run replaces the last one's screen, so the table is always in view.
    if (process.stdout.isTTY) process.stdout.write("\x1b[2J\x1b[H");
    console.log(`${view}\n`);
  }
}
