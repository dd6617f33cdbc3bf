/**
 * `npm run watch`: re-grades what you save, as `npm run grade` and Gradescope grade it. After each save of a
 * file in exercises/: the type-check (kept in memory, so a fraction of a second), then the tests of the saved
 * exercise and of any exercise whose files import the saved one, in the grading run's processes with the
 * exercise's time limit. The screen shows the table and, under it, the first failing test of the exercise you
 * just saved. An endless loop ends at the limit ("Timed out after N s"); the next save is graded as usual.
 *
 * @example
 * npm run watch
 */
import { existsSync, readFileSync, readdirSync, watch } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { WatchState } from "./kit/WatchState.js";
import { exportsSource } from "./kit/gradeTarget.js";
import { DEFAULT_MEMORY_MB, testFiles } from "./kit/grading/gradingRun.js";
import { localIsolation } from "./kit/grading/isolation.js";
import { type GradingSession, startGrading } from "./kit/grading/supervisor.js";
import { cachedStudentRuntime } from "./kit/grading/studentRuntime.js";
import { IncrementalTypecheck } from "./kit/incrementalTypecheck.js";
import { DEFAULT_TIMEOUT_SECONDS, hasHiddenTests, readManifest } from "./kit/manifest.js";
import { saveLastExercise, saveProgress } from "./kit/progress.js";
import { ROOT } from "./kit/targets.js";

const work = resolve(process.argv[2] ?? join(ROOT, "exercises"));
const manifest = readManifest();
const hidden = hasHiddenTests();
const suites = hidden ? (["graded", "hidden"] as const) : (["graded"] as const);
const byFolder = new Map(manifest.map((exercise) => [exercise.folder, exercise]));
const state = new WatchState(manifest, hidden);
const checker = new IncrementalTypecheck(join(work, "tsconfig.json"), dirname(work));
const runtime = await cachedStudentRuntime();

let session: GradingSession | undefined;
const grader = async (): Promise<GradingSession> => {
  session ??= await startGrading({
    graderRoot: ROOT,
    work,
    runtime,
    exportsFrom: exportsSource(),
    limits: (folder) => ({
      seconds: byFolder.get(folder)?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
      memoryMB: DEFAULT_MEMORY_MB,
    }),
    deadline: Number.MAX_SAFE_INTEGER,
    isolation: localIsolation,
  });
  return session;
};

const draw = (focus: string | undefined, status: string): void => {
  // On a terminal each run replaces the last one's screen, so the table is always in view.
  if (process.stdout.isTTY) process.stdout.write("\x1b[2J\x1b[H");
  console.log(`${state.view(focus)}\n\n${status}`);
};

/** Grades some exercises: the type-check of everything, then their tests, the screen redrawn as results come. */
async function grade(folders: readonly string[], focus: string | undefined): Promise<void> {
  const started = Date.now();
  state.setTypeErrors(checker.check());
  const chosen = manifest.filter((exercise) => folders.includes(exercise.folder));
  const files = testFiles(ROOT, chosen, suites);
  draw(focus, `Grading ${folders.length === manifest.length ? "every exercise" : folders.join(", ")}...`);
  try {
    await (await grader()).run(files, (file, reports, zero) => {
      state.record(file, reports, zero);
      draw(focus, `Grading ${folders.join(", ")}...`);
    });
  } catch (error) {
    // The grader itself failed (not the student's code): start a fresh one at the next save.
    await session?.close().catch(() => {});
    session = undefined;
    draw(focus, `The grader failed: ${(error as Error).message.split("\n")[0]}. Save again to retry.`);
    return;
  }
  saveProgress(state.scored().rows);
  if (focus !== undefined) saveLastExercise(focus);
  draw(
    focus,
    `Graded in ${((Date.now() - started) / 1000).toFixed(1)} s. Watching exercises/ for saves (Ctrl+C to stop).`,
  );
}

/** The exercises a saved file affects: its own, and every one with a file that imports it. */
function affected(saved: string): string[] {
  const folders = new Set<string>();
  const own = relative(work, saved).split(sep)[0];
  if (own !== undefined && byFolder.has(own)) folders.add(own);
  for (const folder of byFolder.keys()) {
    const dir = join(work, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith(".ts"))) {
      const text = readFileSync(join(dir, name), "utf8");
      for (const match of text.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)) {
        if (resolve(dir, match[1]!).replace(/\.js$/, ".ts") === saved) folders.add(folder);
      }
    }
  }
  return [...folders];
}

let running: Promise<void> = grade(
  manifest.map((exercise) => exercise.folder),
  undefined,
);
const pending = new Set<string>();
let timer: NodeJS.Timeout | undefined;
watch(work, { recursive: true }, (_event, name) => {
  if (name === null || !name.endsWith(".ts")) return;
  pending.add(join(work, name));
  clearTimeout(timer);
  // Editors write a file in several steps: grade once they are done.
  timer = setTimeout(() => {
    const saved = [...pending];
    pending.clear();
    const folders = [...new Set(saved.flatMap(affected))];
    if (folders.length === 0) return;
    const focus = relative(work, saved.at(-1)!).split(sep)[0];
    running = running.then(() => grade(folders, focus));
  }, 150);
});

const stop = async (): Promise<void> => {
  await session?.close().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
