/**
 * Why a character has no place in a formula, worded for the ones students are likely to type
 * (mathjs would read most of them as matrices, assignments, comparisons, strings, ...).
 * @example unexpectedCharacter("!", undefined) // "factorial is not supported"
 */
export function unexpectedCharacter(c: string, next: string | undefined): string {
  switch (c) {
    case "[":
    case "]":
      return "matrices and indexing are not supported";
    case "{":
    case "}":
      return "objects are not supported";
    case "=":
      return next === "="
        ? "comparisons are not supported"
        : "assignments are not supported: type only the formula, e.g. x^2 + 1 rather than y = x^2 + 1";
    case "<":
    case ">":
      return "comparisons are not supported";
    case "!":
      return next === "=" ? "comparisons are not supported" : "factorial is not supported";
    case "'":
    case '"':
    case "`":
      return "strings, quotes and primes are not supported (to differentiate, ask for the derivative)";
    case ";":
      return "give one formula at a time";
    case "%":
      return "% (percent or remainder) is not supported";
    case "&":
    case "|":
    case "~":
      return "logical and bitwise operators are not supported";
    case "?":
    case ":":
      return "conditionals and ranges are not supported";
    case "#":
      return "comments are not supported";
    case ".":
      return "a dot only belongs inside a number, as in 0.5";
    case "\\":
      return "LaTeX commands are not supported: type sqrt(x), x / 2, pi";
    default:
      return "this character has no meaning in a formula";
  }
}
