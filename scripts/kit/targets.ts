import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mutantSource, readMutant } from "./mutants.js";

/** The project root (this file is scripts/kit/targets.ts). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * What the graded suite runs against:
 * - `solutions`, `exercises`, or any folder laid out like them (a submission);
 * - `mutant:<exercise>/<mistake>`: solutions/, with the one file `mutants/<exercise>/<mistake>.json` edits
 *   replaced by its edited text (and only that file's exercise's tests run).
 */
export interface Target {
  /** The project name vitest reports, e.g. "solutions" or "mutant:06-linear-regression/forgotten-intercept". */
  readonly name: string;
  /** The folder `@impl/...` resolves into. */
  readonly folder: string;
  /**
   * For a mutant: the implementation path it replaces ("06-linear-regression/LinearRegression"), the module id
   * standing in for it (mutants/<id>.ts, which exists only in memory: its own id, so no module cache mixes it
   * up with the solution) and that module's source.
   */
  readonly replace?: { readonly path: string; readonly file: string; readonly source: string };
  /** Exercise folders whose tests run ("01-expressions", ...); undefined means all. */
  readonly exercises?: readonly string[];
}

/** Parses one target as given on a command line. */
export function parseTarget(spec: string): Target {
  if (spec.startsWith("mutant:")) {
    const id = spec.slice("mutant:".length);
    const { file } = readMutant(id);
    return {
      name: spec,
      folder: join(ROOT, "solutions"),
      replace: { path: file.replace(/\.ts$/, ""), file: join(ROOT, "mutants", `${id}.ts`), source: mutantSource(id) },
      exercises: [file.split("/")[0]!],
    };
  }
  const folder = resolve(ROOT, spec);
  if (!existsSync(folder)) throw new Error(`No folder "${spec}" to grade (looked at ${folder})`);
  return { name: spec, folder };
}
