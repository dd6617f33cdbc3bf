import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModuleReport } from "./moduleReports.js";
import { type Collected, collectSubmission } from "./collectSubmission.js";
import { type GradingResult, gradableInPlace, gradeWork } from "./grading/gradingRun.js";
import { localIsolation } from "./grading/isolation.js";
import { typecheckFolder } from "./localTypecheck.js";
import { hasHiddenTests, readManifest } from "./manifest.js";
import { type ExerciseScore, type GradescopeResults, type ZeroReason, score } from "./score.js";
import { ROOT, type Target } from "./targets.js";

/** What grading one target gave: Gradescope's results.json and the table's rows. */
export interface GradeOutcome {
  readonly results: GradescopeResults;
  readonly rows: ExerciseScore[];
  readonly modules: readonly ModuleReport[];
  /** What the student's code printed, by groupKey ("graded/05-gradient-descent"). */
  readonly studentOutput: ReadonlyMap<string, string>;
  /** How a submission folder's files were placed (for a folder not laid out like exercises/). */
  readonly collected?: Collected;
  readonly log: readonly string[];
}

/** The trusted source of each @impl module's export names: the solutions, or (a student's copy) the stubs. */
export function exportsSource(root = ROOT): string {
  return existsSync(join(root, "solutions")) ? join(root, "solutions") : join(root, "exercises");
}

/** A temporary folder laid out as the student's code expects: exercises/ beside a link to the library. */
function scratchLayout(): { root: string; work: string } {
  const root = mkdtempSync(join(tmpdir(), "gradkit-work-"));
  symlinkSync(join(ROOT, "src"), join(root, "src"));
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  return { root, work: join(root, "exercises") };
}

/** The stubs under a submission's files: this copy's exercises/ (generated from solutions/, kept up to date by a test). */
function freshStubs(work: string): void {
  cpSync(join(ROOT, "exercises"), work, { recursive: true });
}

/**
 * Grades one target (a folder laid out like exercises/, any folder of submitted files, or a mutant) as
 * `npm run grade` does: type-check, then the graded suite (and the hidden tests where this copy has them)
 * through the grading run (the tests in a grader process, the student's code in processes of its own, each
 * with its exercise's limits), scored against the manifest. `exercises` narrows it to some folders.
 *
 * @example
 * const { rows } = await gradeTarget(parseTarget("solutions"), { exercises: ["05-gradient-descent"] });
 */
export async function gradeTarget(
  target: Target,
  options: {
    readonly exercises?: readonly string[];
    readonly onFile?: (file: string, reports: readonly ModuleReport[], zero: ZeroReason | undefined) => void;
  } = {},
): Promise<GradeOutcome> {
  const manifest = readManifest();
  const hidden = hasHiddenTests();
  const only = options.exercises ?? target.exercises;
  const chosen = manifest.filter((exercise) => only === undefined || only.includes(exercise.folder));
  let scratch: { root: string; work: string } | undefined;
  let work = target.folder;
  let collected: Collected | undefined;
  const exerciseZero = new Map<string, ZeroReason>();
  try {
    if (target.replace !== undefined) {
      // A mutant: the solutions with its one file edited, in a scratch layout.
      scratch = scratchLayout();
      cpSync(join(ROOT, "solutions"), scratch.work, { recursive: true });
      writeFileSync(join(scratch.work, `${target.replace.path}.ts`), target.replace.source);
      work = scratch.work;
    } else if (!gradableInPlace(target.folder)) {
      // Any other folder: its files placed over fresh stubs as the autograder places a submission.
      scratch = scratchLayout();
      freshStubs(scratch.work);
      collected = collectSubmission(target.folder, scratch.work);
      for (const [folder, message] of collected.conflicts)
        exerciseZero.set(folder, { note: "two files for one", message });
      work = scratch.work;
    }
    const [run, typeZero] = await Promise.all([
      gradeWork({
        work,
        exercises: chosen,
        suites: hidden ? ["graded", "hidden"] : ["graded"],
        isolation: localIsolation,
        exportsFrom: exportsSource(),
        ...(options.onFile === undefined ? {} : { onFile: options.onFile }),
      }) as Promise<GradingResult>,
      target.replace === undefined ? typecheckFolder(work, only) : Promise.resolve(new Map<string, ZeroReason>()),
    ]);
    for (const [folder, reason] of typeZero) if (!exerciseZero.has(folder)) exerciseZero.set(folder, reason);
    const { results, rows } = score(manifest, run.modules, {
      hidden,
      exerciseZero,
      groupZero: run.groupZero,
      ...(only === undefined ? {} : { only }),
    });
    return {
      results,
      rows,
      modules: run.modules,
      studentOutput: run.studentOutput,
      log: run.log,
      ...(collected === undefined ? {} : { collected }),
    };
  } finally {
    if (scratch !== undefined) rmSync(scratch.root, { recursive: true, force: true });
  }
}
