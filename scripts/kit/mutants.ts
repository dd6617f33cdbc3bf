import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./targets.js";

/**
 * One classic mistake, stored as an edit of the current solution rather than a copy of it, so a change to the
 * solution reaches every mutant and a mutant whose text is gone fails loudly instead of drifting.
 * `mutants/<exercise>/<mistake>.json` holds one.
 */
export interface Mutant {
  /** The solution file it edits, relative to solutions/: "06-linear-regression/LinearRegression.ts". */
  readonly file: string;
  /** The mistake in words: "= instead of += when accumulating the gradient over rows". */
  readonly mistake: string;
  /** Each `find` must occur exactly once in the solution; it becomes `with`. */
  readonly replace: readonly { readonly find: string; readonly with: string }[];
}

// A function, not a constant: targets.ts imports this file and defines ROOT.
const mutantsFolder = (): string => join(ROOT, "mutants");

/** Every mutant id, e.g. "06-linear-regression/forgotten-intercept". */
export function listMutants(): string[] {
  const root = mutantsFolder();
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((file) => file.endsWith(".json"))
        .map((file) => `${dir.name}/${file.slice(0, -".json".length)}`),
    )
    .sort();
}

/** Reads mutants/<id>.json. */
export function readMutant(id: string): Mutant {
  const path = join(mutantsFolder(), `${id}.json`);
  if (!existsSync(path)) throw new Error(`No mutant "${id}" (mutants has: ${listMutants().join(", ")})`);
  const mutant = JSON.parse(readFileSync(path, "utf8")) as Mutant;
  const wellFormed =
    typeof mutant.file === "string" &&
    typeof mutant.mistake === "string" &&
    Array.isArray(mutant.replace) &&
    mutant.replace.length > 0 &&
    mutant.replace.every(
      (edit) => typeof edit.find === "string" && edit.find.length > 0 && typeof edit.with === "string",
    );
  if (!wellFormed)
    throw new Error(`Mutant "${id}" needs { "file", "mistake", "replace": [{ "find", "with" }, ...] } (in ${path})`);
  return mutant;
}

/**
 * The solution's source with the mutant's edits applied.
 *
 * @example
 * mutantSource("06-linear-regression/forgotten-intercept") // LinearRegression.ts, returning `prediction` without yint
 */
export function mutantSource(id: string): string {
  const mutant = readMutant(id);
  const path = join(ROOT, "solutions", mutant.file);
  if (!existsSync(path)) throw new Error(`Mutant "${id}" edits solutions/${mutant.file}, which does not exist`);
  return applyMutant(id, mutant, readFileSync(path, "utf8"));
}

/**
 * Applies each edit to `source`; a `find` that does not occur exactly once is an error naming the mutant.
 *
 * @example
 * applyMutant("demo", { file: "f.ts", mistake: "=", replace: [{ find: "+=", with: "=" }] }, "a += b") // "a = b"
 */
export function applyMutant(id: string, mutant: Mutant, source: string): string {
  return mutant.replace.reduce((text, { find, with: replacement }) => {
    const count = text.split(find).length - 1;
    if (count !== 1) {
      throw new Error(
        `Mutant "${id}": its "find" text occurs ${count} times in solutions/${mutant.file} (must be exactly once; ` +
          `update mutants/${id}.json to the current solution):\n${find}`,
      );
    }
    // A function, so "$&" and friends in the replacement stay literal.
    return text.replace(find, () => replacement);
  }, source);
}
