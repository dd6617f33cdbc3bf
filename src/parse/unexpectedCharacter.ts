const MATRICES = "matrices and indexing are not supported";
const COMPARISONS = "comparisons are not supported";
const LOGIC = "logical and bitwise operators are not supported";
const QUOTES = "strings, quotes and primes are not supported (to differentiate, ask for the derivative)";

/** Why each character students are likely to type has no place in a formula (mathjs would read most). */
const WHY: Readonly<Record<string, string>> = {
  "[": MATRICES,
  "]": MATRICES,
  "{": "objects are not supported",
  "}": "objects are not supported",
  "=": "assignments are not supported: type only the formula, e.g. x^2 + 1 rather than y = x^2 + 1",
  "==": COMPARISONS,
  "!=": COMPARISONS,
  "<": COMPARISONS,
  ">": COMPARISONS,
  "!": "factorial is not supported",
  "'": QUOTES,
  '"': QUOTES,
  "`": QUOTES,
  ";": "give one formula at a time",
  "%": "% (percent or remainder) is not supported",
  "&": LOGIC,
  "|": LOGIC,
  "~": LOGIC,
  "?": "conditionals and ranges are not supported",
  ":": "conditionals and ranges are not supported",
  "#": "comments are not supported",
  ".": "a dot only belongs inside a number, as in 0.5",
  "\\": "LaTeX commands are not supported: type sqrt(x), x / 2, pi",
  "×": 'write "*" for a product',
  "·": 'write "*" for a product',
  "÷": 'write "/" for a division',
  "−": 'this is a typographic minus: type "-"',
};

/**
 * Why a character has no place in a formula, worded for the ones students are likely to type.
 * @example unexpectedCharacter("!", undefined) // "factorial is not supported"
 */
export function unexpectedCharacter(c: string, next: string | undefined): string {
  // one or two characters: never one of Object.prototype's names
  const why = WHY[`${c}${next ?? ""}`] ?? WHY[c];
  if (why !== undefined) return why;
  return /[²³¹⁰-⁹]/u.test(c) ? "write powers as x ^ 2" : "this character has no meaning in a formula";
}
