import { relative, sep } from "node:path";
import { ROOT } from "./targets.js";

/** The longest failure message kept per test: one failure must not flood results.json or the screen. */
export const MESSAGE_LIMIT = 1500;

const NUMBER = /(?<![\w.])-?\d+\.\d+(?:e[+-]?\d+)?(?![\w.])/gi;
/** Doubles print up to 17 significant digits; 15 or more is where rounding noise shows. */
const NOISY_DIGITS = 15;

/**
 * Rewrites each float in `text` at the fewest significant digits (12 or more) that keep it apart from the
 * other numbers in the text, so `0.000049999999999999996` reads `0.00005` but `0.30000000000000004` stays
 * itself beside a `0.3` it must differ from.
 *
 * @example
 * withoutFloatNoise("expected 0.000049999999999999996 to be close to 0.00006") // "expected 0.00005 to be close to 0.00006"
 * withoutFloatNoise("expected 0.30000000000000004 to be less than 0.3")       // unchanged
 */
export function withoutFloatNoise(text: string): string {
  const numbers = [...new Set(text.match(NUMBER) ?? [])];
  const values = numbers.map(Number);
  return text.replace(NUMBER, (literal) => {
    const value = Number(literal);
    const digits = literal.replace(/e.*$/i, "").replace(/\D/g, "").replace(/^0+/, "").length;
    if (!Number.isFinite(value) || digits < NOISY_DIGITS) return literal;
    for (let digits = 12; digits < 17; digits++) {
      const short = Number(value.toPrecision(digits));
      if (short === value) return String(short);
      // Rounding must not make it equal to another number of the message it differs from.
      if (values.every((other) => other === value || other !== short)) return String(short);
    }
    return literal;
  });
}

/** An error as vitest's reporters see it (serialized in the worker). */
export interface ReportedError {
  readonly message?: string;
  readonly stack?: string;
}

/**
 * Where the student's code threw, as "exercises/05-gradient-descent/gradientDescent.ts:14": the first frame
 * of the stack outside the library, the tests, the kit and node_modules. Undefined for a plain assertion.
 */
export function studentLocation(stack: string | undefined): string | undefined {
  for (const line of (stack ?? "").split("\n").slice(1)) {
    const frame = /(?:\(|at |file:\/\/)(\/[^():]+\.ts):(\d+):\d+/.exec(line);
    if (frame === null) continue;
    const [, file = "", lineNumber] = frame;
    const own = ["src", "tests", "scripts", "node_modules"].some((folder) =>
      file.startsWith(`${ROOT}${sep}${folder}${sep}`),
    );
    if (own || file.includes(`${sep}node_modules${sep}`)) continue;
    const inExercises = file.lastIndexOf(`${sep}exercises${sep}`);
    const shown = inExercises >= 0 ? file.slice(inExercises + 1) : relative(ROOT, file);
    return `${shown}:${lineNumber}`;
  }
  return undefined;
}

/**
 * A failure as the student reads it: the message (no stack) without float noise, where in their code it was
 * thrown, cut to MESSAGE_LIMIT characters.
 *
 * @example
 * describeError({ message: "TODO(05.1): the mean ...", stack: "Error: ...\n    at loss (/x/exercises/05-gradient-descent/gradientDescent.ts:14:9)" })
 * // "TODO(05.1): the mean ...\n  at exercises/05-gradient-descent/gradientDescent.ts:14"
 */
export function describeError(error: ReportedError | undefined): string {
  if (error === undefined) return "failed";
  const message = withoutFloatNoise((error.message ?? "failed").trim());
  const where = studentLocation(error.stack);
  const full = where === undefined ? message : `${message}\n  at ${where}`;
  return cap(full, MESSAGE_LIMIT);
}

/** `text` cut to `limit` characters, saying so. */
export function cap(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}... (cut at ${limit} characters)` : text;
}

/**
 * The start of every failure caused by the student's file not loading (a syntax error, a throw at import): the
 * grader's stand-ins throw it for every name the file should export, and score() notes "does not load".
 */
export const LOAD_FAILED = "Your file does not load";
