import { SUPPORTED_FUNCTIONS } from "./supportedFunctions.js";

/**
 * Other spellings of the functions, as textbooks, calculators and other languages write them. Each lists what
 * to write instead, best first; the first one the parser supports is suggested (so a function added to
 * supportedFunctions.ts is suggested as soon as it exists). `u` stands for the call's argument.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  arcsin: ["asin"],
  arccos: ["acos"],
  arctan: ["atan"],
  arccot: ["acot"],
  arcsec: ["asec"],
  arccsc: ["acsc"],
  arcsinh: ["asinh"],
  arccosh: ["acosh"],
  arctanh: ["atanh"],
  arccoth: ["acoth"],
  arsinh: ["asinh"],
  arcosh: ["acosh"],
  artanh: ["atanh"],
  arcoth: ["acoth"],
  argsinh: ["asinh"],
  argcosh: ["acosh"],
  argtanh: ["atanh"],
  sine: ["sin"],
  cosine: ["cos"],
  tangent: ["tan"],
  cosec: ["csc"],
  cotan: ["cot"],
  ln10: ["log10", "log(u, 10)"],
  lg: ["log10", "log(u, 10)"],
  log_10: ["log10", "log(u, 10)"],
  ln2: ["log2", "log(u, 2)"],
  lb: ["log2", "log(u, 2)"],
  ld: ["log2", "log(u, 2)"],
  log_2: ["log2", "log(u, 2)"],
  exponential: ["exp"],
  absolute: ["abs"],
  fabs: ["abs"],
  sgn: ["sign"],
  signum: ["sign"],
  heaviside: ["step"],
  logistic: ["sigmoid"],
  expit: ["sigmoid"],
  sigma: ["sigmoid"],
  silu: ["swish"],
  root: ["sqrt"],
  cuberoot: ["cbrt"],
};

/** What to write instead of an unknown function `name`: a call with `u` for its argument, or a name alone. */
export interface NearFunction {
  /** The supported function to call instead, e.g. "asinh", or "log" for `log(u, 10)`. */
  readonly name: string;
  /** The call as a template, `u` for the argument: "asinh(u)", "log(u, 10)". */
  readonly call: string;
}

/**
 * The supported function a student most likely meant by an unknown `name`: another spelling of it (`arcsinh`
 * for asinh, `ln10` for log10, or `log(u, 10)` where log10 is not there), the same name in other letter case
 * (`Sin`, `ReLU`), or a name at most one edit away (two for names of five letters or more: `sqr`, `sigmod`).
 * Undefined when nothing is close. `supported` defaults to the parser's list, read at each call.
 * @example nearFunctionName("arcsin", ["asin", "sin"])?.call // "asin(u)"
 * @example nearFunctionName("sigmod")?.name // "sigmoid"
 */
export function nearFunctionName(
  name: string,
  supported: readonly string[] = SUPPORTED_FUNCTIONS,
): NearFunction | undefined {
  const has = new Set(supported);
  for (const spelling of ALIASES[name.toLowerCase()] ?? []) {
    const called = /^[\p{L}\d_]+/u.exec(spelling)![0];
    if (has.has(called)) return { name: called, call: spelling.includes("(") ? spelling : `${spelling}(u)` };
  }
  const lower = name.toLowerCase();
  const sameLetters = supported.find((known) => known.toLowerCase() === lower);
  if (sameLetters !== undefined) return { name: sameLetters, call: `${sameLetters}(u)` };
  const limit = name.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const known of supported) {
    // a two-letter name one edit from a three-letter one (ab -> abs) is as likely a product of letters: no guess
    if (Math.min(known.length, name.length) < 3) continue;
    const distance = editDistance(lower, known.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best === undefined ? undefined : { name: best, call: `${best}(u)` };
}

/**
 * Edits (insert, delete, replace a letter, or swap two neighbours) from a to b: Damerau's distance, as the
 * optimal string alignment computes it. Short names only, so the full table is fine.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[] = new Array<number>(rows * columns).fill(0);
  for (let i = 0; i < rows; i++) d[i * columns] = i;
  for (let j = 0; j < columns; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * columns + j]! + 1,
        d[i * columns + j - 1]! + 1,
        d[(i - 1) * columns + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * columns + j - 2]! + 1);
      }
      d[i * columns + j] = best;
    }
  }
  return d[rows * columns - 1]!;
}
