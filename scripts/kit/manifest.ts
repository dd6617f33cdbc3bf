import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./targets.js";

/** One exercise's entry in tests/graded/manifest.json. */
export interface ManifestExercise {
  /** The folder under solutions/, exercises/, tests/graded/ and tests/hidden/, e.g. "06-linear-regression". */
  readonly folder: string;
  readonly title: string;
  /** Points for the graded (visible) tests, shared equally among them. */
  readonly points: number;
  /** Points for the instructors' hidden tests (0 when there are none). */
  readonly hiddenPoints: number;
}

/** The grading manifest: which exercises exist and what they are worth, so a file that fails to load still counts. */
export function readManifest(file = join(ROOT, "tests", "graded", "manifest.json")): ManifestExercise[] {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { exercises: ManifestExercise[] };
  return parsed.exercises;
}

/** Whether this copy has the instructors' hidden tests: a student's bundle has none, so its maximum is the visible points. */
export function hasHiddenTests(root = ROOT): boolean {
  return existsSync(join(root, "tests", "hidden"));
}
