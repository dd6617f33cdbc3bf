import { ParseError } from "../errors/ParseError.js";

/**
 * mathjs's SyntaxError, reworded for a student, with its 1-based `char` made a 0-based position.
 * guardFormula catches the mistakes students make first, so this is the fallback for the rest.
 */
export function fromMathjsError(error: unknown, formula: string): ParseError {
  const text = error instanceof Error ? error.message : String(error);
  const char = (error as { char?: unknown } | null)?.char;
  const position = typeof char === "number" ? Math.min(Math.max(char - 1, 0), formula.length) : 0;
  // mathjs appends " (char N)"; we say "at N" ourselves
  const reason = text.replace(/\s*\(char \d+\)$/, "");
  if (/^Unexpected end of expression/.test(reason)) {
    return new ParseError(`Formula ends too early at ${position}`, formula, position, "more of the formula");
  }
  if (/^Value expected/.test(reason)) {
    return new ParseError(`Expected a value at ${position}`, formula, position, 'a number, a variable or "("');
  }
  if (/^Parenthesis \) expected/.test(reason)) {
    return new ParseError(`Missing ")" at ${position}`, formula, position, '")"');
  }
  return new ParseError(`Cannot read the formula at ${position}: ${reason}`, formula, position);
}
