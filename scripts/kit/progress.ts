import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ExerciseScore } from "./score.js";
import { ROOT } from "./targets.js";

/**
 * Where grade and watch keep each exercise's last result and the exercise last saved or graded, and hint the
 * hints it has shown.
 */
export function stateFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.GRADKIT_STATE ?? join(ROOT, ".gradkit");
}

/** One exercise's last result: tests passed of total. */
export interface Progress {
  readonly passed: number;
  readonly total: number;
}

function readJson<T>(file: string, fallback: T): T {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : fallback;
  } catch {
    return fallback;
  }
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The last result of every exercise graded so far, by folder. */
export function readProgress(folder = stateFolder()): Record<string, Progress> {
  return readJson(join(folder, "progress.json"), {});
}

/** Records the rows just graded, keeping the others' earlier results. */
export function saveProgress(rows: readonly ExerciseScore[], folder = stateFolder()): void {
  const progress = readProgress(folder);
  for (const row of rows) progress[row.exercise.folder] = { passed: row.passed, total: row.total };
  writeJson(join(folder, "progress.json"), progress);
}

/** How many hints of each exercise `npm run hint` has shown. */
export function readHintsShown(folder = stateFolder()): Record<string, number> {
  return readJson(join(folder, "hints.json"), {});
}

export function saveHintsShown(shown: Record<string, number>, folder = stateFolder()): void {
  writeJson(join(folder, "hints.json"), shown);
}

/** The exercise a student last worked on: saved while watch ran, or graded alone (npm run grade -- 9). */
export interface LastExercise {
  /** Its folder, e.g. "09-neural-network-xor". */
  readonly exercise: string;
  /** When it was recorded, as an ISO date. */
  readonly at: string;
}

/**
 * Records the exercise a student is working on: watch calls it after each save, grade when it grades one
 * exercise. `npm run hint` with no number then gives that exercise's next hint.
 *
 * @example
 * saveLastExercise("09-neural-network-xor");
 * readLastExercise(); // "09-neural-network-xor"
 */
export function saveLastExercise(exercise: string, folder = stateFolder(), now = new Date()): void {
  const last: LastExercise = { exercise, at: now.toISOString() };
  writeJson(join(folder, "last-exercise.json"), last);
}

/** The exercise last saved or graded alone, or undefined when none was (or the record is unreadable). */
export function readLastExercise(folder = stateFolder()): string | undefined {
  const last = readJson<Partial<LastExercise> | null>(join(folder, "last-exercise.json"), null);
  return typeof last?.exercise === "string" && /^\d\d-[a-z0-9-]+$/.test(last.exercise) ? last.exercise : undefined;
}
