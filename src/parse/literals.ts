import { isSupportedFunction } from "./supportedFunctions.js";

/**
 * Names and numbers, one definition for the formula parser and the CLI's `--at`, so that both accept
 * and refuse the same inputs. A name is a Unicode letter or "_", then letters, digits (0-9) or "_":
 * `Δx` and `x_1` are names, `x×y` is not one. A number is a finite decimal literal: `3`, `0.5`, `.5`,
 * `2.`, `1e-3`; not `Infinity`, `NaN`, `1e999999` (too large for a double), `0x10` or `1_000`.
 */
export const NAME = /[\p{L}_][\p{L}\d_]*/u;
export const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/** One character of a name: mathjs's lexer asks about each UTF-16 unit, so a pair is tested whole. */
export const isNameLetter = (c: string, before = "", after = ""): boolean =>
  LETTER.test(c) || LETTER.test(c + after) || LETTER.test(before + c);
const LETTER = /^[\p{L}_]$/u;

/** Words that mathjs reads as operators. */
export const OPERATOR_WORDS: ReadonlySet<string> = new Set(["mod", "to", "in", "and", "or", "xor", "not"]);
/** Words that mathjs reads as values which are not finite numbers. */
export const NON_NUMBERS: ReadonlySet<string> = new Set(["true", "false", "null", "undefined", "Infinity", "NaN"]);
/** Names that are numbers rather than variables. */
export const NAMED_CONSTANTS: ReadonlyMap<string, { readonly value: number; readonly symbol: string }> = new Map([
  ["pi", { value: Math.PI, symbol: "pi" }],
  ["π", { value: Math.PI, symbol: "pi" }],
  ["e", { value: Math.E, symbol: "e" }],
]);

/**
 * Why `name` cannot be a variable's name, or undefined when it can.
 * @example variableNameProblem("x×y") // '"×" (at 1) cannot be part of a name: ...'
 */
export function variableNameProblem(name: string): string | undefined {
  const rule = 'a name is a letter or "_", then letters, digits or "_"';
  if (name === "") return `a name cannot be empty: ${rule}`;
  const bad = name.search(/[^\p{L}\d_]|^\d/u);
  if (bad >= 0) {
    const c = String.fromCodePoint(name.codePointAt(bad)!);
    return `"${c}" (at ${bad}) cannot ${bad === 0 ? "start" : "be part of"} a name: ${rule}`;
  }
  if (OPERATOR_WORDS.has(name)) return `"${name}" is an operator word, not a name`;
  if (NON_NUMBERS.has(name)) return `"${name}" is not a finite number, and not a name either`;
  const constant = NAMED_CONSTANTS.get(name);
  if (constant !== undefined) return `"${name}" is a constant (${constant.value}) in a formula, not a variable`;
  if (isSupportedFunction(name)) return `"${name}" is a function in a formula, not a variable`;
  return undefined;
}

/**
 * `text` (no sign) read as a number, or why it is not one.
 * @example readNumber("1e-3") // 0.001
 * @example readNumber("1_000") // 'digit separators ("_") are not supported: write 1000'
 */
export function readNumber(text: string): number | string {
  const radix = text.slice(0, 2);
  if (/^0[xbo]/i.test(radix)) return `"${radix}" starts a hexadecimal, binary or octal number: write decimals`;
  if (/\d_/.test(text)) return `digit separators ("_") are not supported: write ${text.replaceAll("_", "")}`;
  if (NON_NUMBERS.has(text)) return "only finite numbers are allowed";
  if (!new RegExp(`^${NUMBER.source}$`).test(text)) return "write a decimal number such as 2, -0.5 or 1e-3";
  const value = Number(text);
  return Number.isFinite(value) ? value : "it is too large for a double (at most about 1.8e308)";
}
