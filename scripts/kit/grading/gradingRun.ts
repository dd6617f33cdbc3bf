import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ModuleReport } from "../moduleReports.js";
import { filesUnder } from "../filesUnder.js";
import { DEFAULT_TIMEOUT_SECONDS, type ManifestExercise } from "../manifest.js";
import type { Suite, ZeroReason } from "../score.js";
import { ROOT } from "../targets.js";
import type { Isolation } from "./isolation.js";
import { superviseGrading } from "./supervisor.js";
import { buildStudentRuntime, cachedStudentRuntime } from "./studentRuntime.js";

/** The memory one student process may use unless the manifest says otherwise. */
export const DEFAULT_MEMORY_MB = 1024;

/**
 * The test files of some exercises' suites under `graderRoot`: every visible file in manifest order, then every
 * hidden one, so a student's table fills in the order of the course.
 */
export function testFiles(
  graderRoot: string,
  exercises: readonly ManifestExercise[],
  suites: readonly Suite[],
): string[] {
  return suites.flatMap((suite) =>
    exercises
      .filter((exercise) => (suite === "graded" ? exercise.points : exercise.hiddenPoints) > 0)
      .flatMap((exercise) =>
        filesUnder(join(graderRoot, "tests", suite, exercise.folder))
          .filter((path) => path.endsWith(".test.ts"))
          .map((path) => `tests/${suite}/${exercise.folder}/${path}`),
      ),
  );
}

/** One grading of a folder of student code: what the grader reported, and what scores 0 regardless. */
export interface GradingResult {
  readonly modules: ModuleReport[];
  readonly groupZero: Map<string, ZeroReason>;
  readonly studentOutput: Map<string, string>;
  readonly log: string[];
}

/** What to grade, where, and how. */
export interface GradingRequest {
  /** The student's files, laid out like exercises/ (with the library reachable at ../src). */
  readonly work: string;
  readonly exercises: readonly ManifestExercise[];
  readonly suites: readonly Suite[];
  readonly isolation: Isolation;
  /** Where tests/ is (the project by default). */
  readonly graderRoot?: string;
  /** The trusted folder naming each @impl module's exports (solutions/, or pristine stubs). */
  readonly exportsFrom?: string;
  /** When the whole run must end (ms since the epoch). */
  readonly deadline?: number;
  /** Where the student's runtime is built (as root: a folder of the run's); by default the local cache in .gradkit/. */
  readonly runtimeDir?: string;
  readonly graderEnv?: NodeJS.ProcessEnv;
  readonly studentEnv?: NodeJS.ProcessEnv;
  readonly onFile?: (file: string, reports: readonly ModuleReport[], zero: ZeroReason | undefined) => void;
}

/**
 * Grades a folder of student code: the tests in a grader process, the student's code in a process of its own
 * per test file, each with its exercise's time limit (manifest `timeoutSeconds`) and memory limit
 * (`memoryMB`). Type-checking is the caller's (it runs beside this).
 */
export async function gradeWork(request: GradingRequest): Promise<GradingResult> {
  const graderRoot = request.graderRoot ?? ROOT;
  const runtime =
    request.runtimeDir === undefined ? await cachedStudentRuntime() : await buildStudentRuntime(request.runtimeDir);
  const byFolder = new Map(request.exercises.map((exercise) => [exercise.folder, exercise]));
  return await superviseGrading({
    graderRoot,
    work: request.work,
    runtime,
    exportsFrom: request.exportsFrom ?? join(ROOT, "solutions"),
    files: testFiles(graderRoot, request.exercises, request.suites),
    limits: (folder) => {
      const exercise = byFolder.get(folder);
      return {
        seconds: exercise?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
        memoryMB: exercise?.memoryMB ?? DEFAULT_MEMORY_MB,
      };
    },
    deadline: request.deadline ?? Date.now() + 3600_000,
    isolation: request.isolation,
    ...(request.graderEnv === undefined ? {} : { graderEnv: request.graderEnv }),
    ...(request.studentEnv === undefined ? {} : { studentEnv: request.studentEnv }),
    ...(request.onFile === undefined ? {} : { onFile: request.onFile }),
  });
}

/** Whether `folder` can be graded where it is: laid out like exercises/ beside the library (../src/index.ts). */
export function gradableInPlace(folder: string): boolean {
  return existsSync(join(folder, "..", "src", "index.ts"));
}
