import { NAME, NUMBER, NAMED_CONSTANTS } from "./literals.js";
import { isSupportedFunction } from "./supportedFunctions.js";

/**
 * `name` as a product of shorter names, when that is what a student likely meant: `xy` as x * y. Each part is a
 * name in `known` (the formula's other variables, `--wrt`, the names `--at` gives) or a single letter, at least
 * one part is known, and a split into fewer parts wins (`xyz` with known `xy`: xy * z). Single letters no one
 * named are guessed only when `guess` is true, and in names of up to three letters. Names of letters only; `x2`
 * and `x_1` are names on purpose. Undefined when no such split exists.
 * @example splitName("xy", ["y"]) // ["x", "y"]
 * @example splitName("xy", ["y"], false) // undefined: x was not named
 * @example splitName("theta", ["x"]) // undefined
 */
export function splitName(name: string, known: readonly string[], guess = true): string[] | undefined {
  const letters = [...name];
  if (letters.length < 2 || !letters.every((c) => /\p{L}/u.test(c))) return undefined;
  const names = new Set(known.filter((k) => k !== name));
  // fewest parts first: best[i] = the best split of letters[0..i), preferring fewer parts, then more known ones
  const best: ({ parts: string[]; known: number } | undefined)[] = [{ parts: [], known: 0 }];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (before === undefined) continue;
      const part = letters.slice(start, end).join("");
      const isKnown = names.has(part) || NAMED_CONSTANTS.has(part);
      if (!isKnown && end - start > 1) continue;
      const candidate = { parts: [...before.parts, part], known: before.known + (names.has(part) ? 1 : 0) };
      const current = best[end];
      if (
        current === undefined ||
        candidate.parts.length < current.parts.length ||
        (candidate.parts.length === current.parts.length && candidate.known > current.known)
      ) {
        best[end] = candidate;
      }
    }
  }
  const split = best[letters.length];
  if (split === undefined || split.parts.length < 2 || split.known === 0) return undefined;
  // letters nobody named are a guess: fine in a short name (2xy, xyz), not in a word (theta is not t*h*e*t*a)
  const guessed = split.parts.length - split.known;
  return guessed === 0 || (guess && letters.length <= 3) ? split.parts : undefined;
}

const TOKEN = new RegExp(`(\\s+)|(${NUMBER.source})|(${NAME.source})|([^])`, "uy");

/**
 * The formula with each name that splits into known names (see splitName) written as an explicit product:
 * `2xy` -> `2*x*y` for known `x` and `y`. With `guess`, single letters no one named may be parts (see
 * splitName); with `uses`, a split must have that name as a part (`2xy` with `--wrt y`). Only names used as
 * variables change (not `sin` in `sin(x)`). Undefined when no name splits.
 * @example productsSpelledOut("2xy + x", ["x", "y"]) // "2*x*y + x"
 * @example productsSpelledOut("2xy", ["xy", "y"], { guess: true, uses: "y" }) // "2*x*y"
 */
export function productsSpelledOut(
  formula: string,
  known: readonly string[],
  { guess = false, uses }: { readonly guess?: boolean; readonly uses?: string } = {},
): string | undefined {
  let out = "";
  let changed = false;
  let previous: "number" | "name" | "other" = "other";
  for (TOKEN.lastIndex = 0; TOKEN.lastIndex < formula.length; ) {
    const [token, space, number, name] = TOKEN.exec(formula)!;
    if (space !== undefined) {
      out += token;
      continue;
    }
    const call = name !== undefined && /^\s*\(/.test(formula.slice(TOKEN.lastIndex));
    const split = name !== undefined && !call && !isSupportedFunction(name) ? splitName(name, known, guess) : undefined;
    const parts = uses === undefined || split?.includes(uses) ? split : undefined;
    if (parts !== undefined) {
      // 2xy -> 2*x*y: the number's implicit product made explicit as well
      out += `${previous === "number" && !/\s$/.test(out) ? "*" : ""}${parts.join("*")}`;
      changed = true;
    } else out += token;
    previous = number !== undefined ? "number" : name !== undefined ? "name" : "other";
  }
  return changed ? out : undefined;
}
