import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./targets.js";

/** One exercise's entry in tests/graded/manifest.json. */
export interface ManifestExercise {
  /** The folder under solutions/, exercises/, tests/graded/ and tests/hidden/, e.g. "06-linear-regression". */
  readonly folder: string;
  readonly title: string;
  /** Points for the graded (visible) tests, shared among them in whole cents. */
  readonly points: number;
  /** Points for the instructors' hidden tests (0 when there are none). */
  readonly hiddenPoints: number;
  /** The autograder's time limit for one pass (visible or hidden) of this exercise's tests; 60 by default. */
  readonly timeoutSeconds?: number;
}

/** The whole manifest: the exercises, and the autograder's limit for a whole run. */
export interface Manifest {
  readonly exercises: readonly ManifestExercise[];
  /** Seconds for the whole autograder run (Gradescope's own limit is 10 minutes by default); 480 by default. */
  readonly runTimeoutSeconds: number;
}

export const MANIFEST_FILE = join(ROOT, "tests", "graded", "manifest.json");
export const DEFAULT_TIMEOUT_SECONDS = 60;
export const DEFAULT_RUN_TIMEOUT_SECONDS = 480;

const isPoints = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 && Math.round(value * 100) === value * 100;
const isSeconds = (value: unknown): boolean =>
  value === undefined || (typeof value === "number" && value > 0 && value <= 3600);

/** Reads and checks the manifest: a malformed entry is an error naming it, never a silent 0. */
export function readManifestFile(file = MANIFEST_FILE): Manifest {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { exercises?: unknown; runTimeoutSeconds?: unknown };
  if (!Array.isArray(parsed.exercises)) throw new Error(`${file}: needs "exercises": [...]`);
  const folders = new Set<string>();
  const exercises = parsed.exercises.map((entry: Partial<ManifestExercise>, index) => {
    const ok =
      typeof entry.folder === "string" &&
      /^\d\d-[a-z0-9-]+$/.test(entry.folder) &&
      typeof entry.title === "string" &&
      isPoints(entry.points) &&
      isPoints(entry.hiddenPoints ?? 0) &&
      isSeconds(entry.timeoutSeconds);
    if (!ok || folders.has(entry.folder!)) {
      throw new Error(
        `${file}: exercise ${index + 1} needs a unique "folder" like "06-linear-regression", a "title", "points" and "hiddenPoints" ` +
          `(at most two decimals) and an optional "timeoutSeconds"; got ${JSON.stringify(entry)}`,
      );
    }
    folders.add(entry.folder!);
    return { ...entry, hiddenPoints: entry.hiddenPoints ?? 0 } as ManifestExercise;
  });
  if (!isSeconds(parsed.runTimeoutSeconds)) throw new Error(`${file}: "runTimeoutSeconds" must be a number of seconds`);
  return {
    exercises,
    runTimeoutSeconds: (parsed.runTimeoutSeconds as number | undefined) ?? DEFAULT_RUN_TIMEOUT_SECONDS,
  };
}

/** The exercises of the grading manifest, in order, so a file that fails to load still counts. */
export function readManifest(file = MANIFEST_FILE): ManifestExercise[] {
  return [...readManifestFile(file).exercises];
}

/** Whether this copy has the instructors' hidden tests: a student's bundle has none, so it grades the visible points only. */
export function hasHiddenTests(root = ROOT): boolean {
  return existsSync(join(root, "tests", "hidden"));
}
