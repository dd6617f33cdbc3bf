import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ExerciseScore } from "./score.js";
import { ROOT } from "./targets.js";

/** Where grade and watch keep each exercise's last result, and hint the hints it has shown. */
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
