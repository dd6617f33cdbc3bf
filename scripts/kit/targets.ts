import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (this file is scripts/kit/targets.ts). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * What the graded suite runs against:
 * - `solutions`, `exercises`, or any folder laid out like them (a submission);
 * - `mutant:<folder>/<File>.<mistake>`: solutions/, with the one file replaced by
 *   `mutants/<folder>/<File>.<mistake>.ts` (and only that exercise's tests run).
 */
export interface Target {
  /** The project name vitest reports, e.g. "solutions" or "mutant:06-linear-regression/LinearRegression.forgotten-intercept". */
  readonly name: string;
  /** The folder `@impl/...` resolves into. */
  readonly folder: string;
  /** For a mutant: the implementation path it replaces ("06-linear-regression/LinearRegression") and the file replacing it. */
  readonly replace?: { readonly path: string; readonly file: string };
  /** Exercise folders whose tests run ("01-expressions", ...); undefined means all. */
  readonly exercises?: readonly string[];
}

/** Parses one target as given on a command line or in KIT_TARGETS. */
export function parseTarget(spec: string): Target {
  if (spec.startsWith("mutant:")) {
    const id = spec.slice("mutant:".length);
    const file = join(ROOT, "mutants", `${id}.ts`);
    if (!existsSync(file)) {
      throw new Error(`No mutant "${id}" (mutants has: ${listMutants().join(", ")})`);
    }
    const slash = id.indexOf("/");
    const exercise = id.slice(0, slash);
    const base = id.slice(slash + 1).split(".")[0]!;
    return {
      name: spec,
      folder: join(ROOT, "solutions"),
      replace: { path: `${exercise}/${base}`, file },
      exercises: [exercise],
    };
  }
  const folder = resolve(ROOT, spec);
  if (!existsSync(folder)) throw new Error(`No folder "${spec}" to grade (looked at ${folder})`);
  return { name: spec, folder };
}

/** Every mutant id, e.g. "06-linear-regression/LinearRegression.forgotten-intercept". */
export function listMutants(): string[] {
  const root = join(ROOT, "mutants");
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((file) => file.endsWith(".ts"))
        .map((file) => `${dir.name}/${file.slice(0, -3)}`),
    )
    .sort();
}

/** The targets named in KIT_TARGETS (comma-separated) or KIT_TARGET; exercises by default. */
export function targetsFromEnv(env: NodeJS.ProcessEnv = process.env): Target[] {
  const specs = (env.KIT_TARGETS ?? env.KIT_TARGET ?? "exercises")
    .split(",")
    .map((spec) => spec.trim())
    .filter((spec) => spec.length > 0);
  return specs.map(parseTarget);
}
