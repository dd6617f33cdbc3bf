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
  /** The memory one process of the student's code may use for this exercise, in MB; 1024 by default. */
  readonly memoryMB?: number;
  /**
   * false leaves the exercise out of everything (both zips, every table, hints, the student README) while its
   * files stay in the repository; true by default. Its number is kept by the others: numbers come from folders.
   */
  readonly enabled?: boolean;
  /** When students see the hidden tests' results on Gradescope; "hidden" (never) by default. */
  readonly hiddenVisibility?: HiddenVisibility;
}

/** Gradescope's visibilities for a test that students do not see at once. */
export const HIDDEN_VISIBILITIES = ["hidden", "after_due_date", "after_published"] as const;
export type HiddenVisibility = (typeof HIDDEN_VISIBILITIES)[number];

/** The whole manifest: the exercises, and the autograder's limit for a whole run. */
export interface Manifest {
  /** The enabled exercises, in order: what is graded, shipped and shown. */
  readonly exercises: readonly ManifestExercise[];
  /** The exercises with `"enabled": false`: left out of everything but the repository. */
  readonly disabled: readonly ManifestExercise[];
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

/**
 * An exercise's number, from its folder ("06-linear-regression" is 6): its tests are 6.1, 6.2, ... and its
 * hidden ones 6.h1, ..., whatever the manifest's order or which exercises are disabled.
 *
 * @example
 * exerciseNumber("09-neural-network-xor") // 9
 */
export function exerciseNumber(exercise: string | Pick<ManifestExercise, "folder">): number {
  return Number((typeof exercise === "string" ? exercise : exercise.folder).slice(0, 2));
}

/** What an entry may hold; anything else is a typo the manifest reports rather than ignores. */
const FIELDS = new Set([
  "folder",
  "title",
  "points",
  "hiddenPoints",
  "timeoutSeconds",
  "memoryMB",
  "enabled",
  "hiddenVisibility",
]);

/** Reads and checks the manifest: a malformed entry is an error naming it, never a silent 0. */
export function readManifestFile(file = MANIFEST_FILE): Manifest {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { exercises?: unknown; runTimeoutSeconds?: unknown };
  if (!Array.isArray(parsed.exercises)) throw new Error(`${file}: needs "exercises": [...]`);
  const numbers = new Map<number, string>();
  const all = parsed.exercises.map((entry: Partial<ManifestExercise>, index) => {
    const ok =
      typeof entry === "object" &&
      entry !== null &&
      typeof entry.folder === "string" &&
      /^\d\d-[a-z0-9-]+$/.test(entry.folder) &&
      typeof entry.title === "string" &&
      isPoints(entry.points) &&
      isPoints(entry.hiddenPoints ?? 0) &&
      isSeconds(entry.timeoutSeconds) &&
      (entry.memoryMB === undefined ||
        (Number.isInteger(entry.memoryMB) && entry.memoryMB >= 64 && entry.memoryMB <= 16_384)) &&
      (entry.enabled === undefined || typeof entry.enabled === "boolean") &&
      (entry.hiddenVisibility === undefined || HIDDEN_VISIBILITIES.includes(entry.hiddenVisibility));
    if (!ok) {
      throw new Error(
        `${file}: exercise ${index + 1} needs a "folder" like "06-linear-regression", a "title", "points" and "hiddenPoints" ` +
          `(at most two decimals), and optionally "timeoutSeconds", "memoryMB" (64 to 16384), "enabled" (true or false) and "hiddenVisibility" ` +
          `(${HIDDEN_VISIBILITIES.map((name) => `"${name}"`).join(", ")}); got ${JSON.stringify(entry)}`,
      );
    }
    const unknown = Object.keys(entry).filter((key) => !FIELDS.has(key));
    if (unknown.length > 0) {
      throw new Error(
        `${file}: exercise ${entry.folder} has unknown field(s) ${unknown.map((key) => `"${key}"`).join(", ")} (known: ${[...FIELDS].join(", ")})`,
      );
    }
    // Test numbers come from the folder's number, so two folders may not share one.
    const number = exerciseNumber(entry.folder!);
    const taken = numbers.get(number);
    if (taken !== undefined) {
      throw new Error(
        `${file}: ${entry.folder} and ${taken} share the number ${String(number).padStart(2, "0")}; each exercise folder needs its own`,
      );
    }
    numbers.set(number, entry.folder!);
    return { ...entry, hiddenPoints: entry.hiddenPoints ?? 0 } as ManifestExercise;
  });
  if (!isSeconds(parsed.runTimeoutSeconds)) throw new Error(`${file}: "runTimeoutSeconds" must be a number of seconds`);
  return {
    exercises: all.filter((exercise) => exercise.enabled !== false),
    disabled: all.filter((exercise) => exercise.enabled === false),
    runTimeoutSeconds: (parsed.runTimeoutSeconds as number | undefined) ?? DEFAULT_RUN_TIMEOUT_SECONDS,
  };
}

/** The enabled exercises of the grading manifest, in order, so a file that fails to load still counts. */
export function readManifest(file = MANIFEST_FILE): ManifestExercise[] {
  return [...readManifestFile(file).exercises];
}

/** The folders of the disabled exercises of the manifest under `root`; none when it has no manifest. */
export function disabledFolders(root = ROOT): string[] {
  const file = join(root, "tests", "graded", "manifest.json");
  return existsSync(file) ? readManifestFile(file).disabled.map((exercise) => exercise.folder) : [];
}

/**
 * `files` (paths relative to the project root, or to exercises/) without anything of a disabled exercise: a
 * path with a segment that is a disabled folder (exercises/08-.../, tests/graded/08-.../, tests/hidden/08-.../,
 * mutants/08-.../) is left out. What both zips apply to their file lists.
 *
 * @example
 * withoutDisabled(new Map([["tests/graded/08-batch-minibatch-sgd/a.test.ts", x], ["src/index.ts", y]]), ["08-batch-minibatch-sgd"])
 * // Map { "src/index.ts" => y }
 */
export function withoutDisabled<T>(files: ReadonlyMap<string, T>, disabled: readonly string[]): Map<string, T> {
  if (disabled.length === 0) return new Map(files);
  const gone = new Set(disabled);
  return new Map([...files].filter(([path]) => !path.split("/").some((segment) => gone.has(segment))));
}

/** Whether this copy has the instructors' hidden tests: a student's bundle has none, so it grades the visible points only. */
export function hasHiddenTests(root = ROOT): boolean {
  return existsSync(join(root, "tests", "hidden"));
}
