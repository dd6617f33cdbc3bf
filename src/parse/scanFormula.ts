import { ParseError } from "../errors/ParseError.js";
import { SUPPORTED_FUNCTIONS, isSupportedFunction } from "./supportedFunctions.js";
import { unexpectedCharacter } from "./unexpectedCharacter.js";

/**
 * How deeply parentheses, function calls, signs and powers may nest inside each other. mathjs parses
 * them by recursion and overflows the stack near 270 nested parentheses, so we stop well before.
 */
export const MAX_NESTING = 150;

/** What the scan learned that mathjs's tree does not carry. */
export interface Scan {
  /** Where each function call's name starts, in the order the calls appear. */
  readonly calls: readonly number[];
}

// mathjs's own rules for names and numbers, so both read the formula the same way.
const NAME_START = /[a-zA-Z_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]/;
const NAME_PART = /[a-zA-Z0-9_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]/;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
// "2.*x" is mathjs's element-wise operator, not the number "2."
const isDecimalMark = (c: string | undefined, next: string | undefined): boolean =>
  c === "." && next !== "/" && next !== "*" && next !== "^";
const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00A0";

/** Words mathjs reads as operators; a formula here has no use for them. */
const NAMED_OPERATORS = new Set(["mod", "to", "in", "and", "or", "xor", "not"]);
/** Words mathjs reads as values that are not numbers. */
const NON_NUMBERS = new Set(["true", "false", "null", "undefined"]);

const OPERAND = 'a number, a variable, "(" or a function call such as sin(x)';

interface Group {
  /** Where the "(" is; -1 for the whole formula. */
  readonly open: number;
  /** The function whose arguments these parentheses hold, if any. */
  readonly call: string | undefined;
  /** Signs and "^" waiting for their operand to end: each is one more level of mathjs recursion. */
  prefixes: number;
}

/**
 * Reads the formula's tokens once, before mathjs does, to report mistakes with their position and a
 * hint (mathjs's tree carries no positions), and to refuse nesting deep enough to overflow mathjs's
 * recursive parser. Throws ParseError; returns where function calls are.
 */
export function scanFormula(formula: string): Scan {
  const fail = (position: number, message: string, expected?: string, supported?: readonly string[]): never => {
    throw new ParseError(message, formula, position, expected, supported);
  };
  const calls: number[] = [];
  const groups: Group[] = [{ open: -1, call: undefined, prefixes: 0 }];
  let group = groups[0]!;
  let depth = 0;
  // true where an operand must come next: at the start, after an operator, "(" or ","
  let wantOperand = true;
  let previous = ""; // the last token, for messages
  const afterOperand = (): string =>
    group.call !== undefined
      ? 'an operator (+ - * / ^), "," or ")"'
      : group.open >= 0
        ? 'an operator (+ - * / ^) or ")"'
        : "an operator (+ - * / ^) or the end of the formula";
  const expected = (): string => (wantOperand ? OPERAND : afterOperand());
  const deeper = (position: number): void => {
    depth++;
    if (depth > MAX_NESTING) {
      fail(
        position,
        `Formula nests too deeply at ${position}: more than ${MAX_NESTING} levels of parentheses, function calls, signs and powers inside each other`,
        "a formula with fewer nested levels (long sums and products of any length are fine)",
      );
    }
  };
  // A binary operator, ",", ")" or an implicit product ends every sign and power still open in this group.
  const endPrefixes = (): void => {
    depth -= group.prefixes;
    group.prefixes = 0;
  };
  const operandBefore = (position: number, token: string): void => {
    if (!wantOperand) return;
    const where = previous === "" ? "at the start" : `after "${previous}"`;
    const hint = token === "*" && previous === "*" ? "; for powers write x ^ 2, not x ** 2" : "";
    fail(position, `Missing a number or variable before "${token}" at ${position} (${where})${hint}`, OPERAND);
  };

  if (formula.trim() === "") fail(0, "Empty formula: type one, e.g. x^2 + 1", OPERAND);
  let i = 0;
  while (i < formula.length) {
    const c = formula[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === "." && isDigit(formula[i + 1]))) {
      if (!wantOperand) {
        fail(start, `Write "*" before the number at ${start}, e.g. 2 * 3 or x * 2`, afterOperand());
      }
      const radix = formula.slice(i, i + 2);
      if (radix === "0x" || radix === "0b" || radix === "0o") {
        // mathjs would read the rest as a hexadecimal, binary or octal literal
        fail(start, `Write "0 * ${formula[i + 1]}..." at ${start}: "${radix}" starts a hexadecimal, binary or octal number, which formulas do not use`, "a decimal number");
      }
      i = endOfNumber(formula, i, fail);
      wantOperand = false;
    } else if (NAME_START.test(c)) {
      while (i < formula.length && NAME_PART.test(formula[i]!)) i++;
      const name = formula.slice(start, i);
      let next = i;
      while (isSpace(formula[next])) next++;
      const called = formula[next] === "(";
      if (NAMED_OPERATORS.has(name)) {
        fail(start, `Unsupported operator "${name}" at ${start} (supported: + - * / ^)`, expected());
      }
      if (NON_NUMBERS.has(name)) {
        fail(start, `"${name}" is not a number at ${start}: formulas hold numbers, variables and functions`, expected());
      }
      if (called && !isSupportedFunction(name)) {
        // "x(y + 1)" is more likely a product than a call
        const hint = /^[a-zA-Z]_?\d*$/.test(name) ? `; for a product write ${name} * (...)` : "";
        fail(
          start,
          `Unknown function "${name}" at ${start} (supported: ${SUPPORTED_FUNCTIONS.join(", ")})${hint}`,
          "a supported function",
          SUPPORTED_FUNCTIONS,
        );
      }
      if (!called && isSupportedFunction(name)) {
        fail(start, `Function "${name}" needs parentheses at ${start}: write ${name}(x), not ${name} x`, `"(" after ${name}`);
      }
      if (!wantOperand) endPrefixes(); // implicit product: "2x", "2 sin(x)", "(x + 1) y"
      if (called) {
        calls.push(start);
        i = next + 1;
        group = { open: next, call: name, prefixes: 0 };
        groups.push(group);
        deeper(next);
        wantOperand = true;
        previous = `${name}(`;
        continue;
      }
      wantOperand = false;
    } else if (c === "(") {
      if (!wantOperand) endPrefixes(); // implicit product: "2(x + 1)"
      i++;
      group = { open: start, call: undefined, prefixes: 0 };
      groups.push(group);
      deeper(start);
      wantOperand = true;
    } else if (c === ")") {
      if (group.open < 0) fail(start, `Unmatched ")" at ${start}: no "(" is open here`, expected());
      if (wantOperand) {
        if (previous === "(") fail(group.open, `Empty parentheses at ${group.open}: put a formula between them`, OPERAND);
        if (group.call !== undefined && previous === `${group.call}(`) {
          fail(group.open, `Function "${group.call}" needs an argument at ${group.open}: write ${group.call}(x)`, OPERAND);
        }
        operandBefore(start, ")");
      }
      depth -= group.prefixes + 1;
      groups.pop();
      group = groups[groups.length - 1]!;
      i++;
      wantOperand = false;
    } else if (c === ",") {
      if (group.call === undefined) {
        fail(start, `Unexpected "," at ${start}: a comma only separates a function's arguments, as in leakyRelu(x, 0.1)`, expected());
      }
      operandBefore(start, ",");
      endPrefixes();
      i++;
      wantOperand = true;
    } else if (c === "+" || c === "-") {
      // after an operand it is a sum or a difference; otherwise a sign: -x, 2 * -3
      if (wantOperand) {
        group.prefixes++;
        deeper(start);
      } else {
        endPrefixes();
      }
      i++;
      wantOperand = true;
    } else if (c === "*" || c === "/") {
      operandBefore(start, c);
      endPrefixes();
      i++;
      wantOperand = true;
    } else if (c === "^") {
      operandBefore(start, c);
      // x ^ y ^ z and x ^ -y: mathjs reads each exponent by recursion
      group.prefixes++;
      deeper(start);
      i++;
      wantOperand = true;
    } else {
      const shown = c === '"' ? `'"'` : `"${c}"`;
      fail(start, `Unexpected ${shown} at ${start}: ${unexpectedCharacter(c, formula[i + 1])}`, expected());
    }
    previous = formula.slice(start, i);
  }

  if (wantOperand) {
    fail(formula.length, `Formula ends too early at ${formula.length}: "${previous}" needs something after it`, OPERAND);
  }
  if (group.open >= 0) {
    fail(formula.length, `Missing ")" at ${formula.length}: the "(" at ${group.open} is never closed`, afterOperand());
  }
  return { calls };
}

/** The end of the number starting at `i`, read as mathjs does: 12, 1.5, .5, 2., 1e-3, 2.5E+10. */
function endOfNumber(formula: string, i: number, fail: (position: number, message: string, expected?: string) => never): number {
  if (formula[i] === ".") {
    i++;
  } else {
    while (isDigit(formula[i])) i++;
    if (isDecimalMark(formula[i], formula[i + 1])) i++;
  }
  while (isDigit(formula[i])) i++;
  const e = formula[i];
  if (e === "e" || e === "E") {
    const sign = formula[i + 1];
    if (isDigit(sign) || sign === "+" || sign === "-") {
      i += isDigit(sign) ? 1 : 2;
      if (!isDigit(formula[i])) fail(i, `Digit expected at ${i}: an exponent needs digits, as in 1e-3`, "a digit");
      while (isDigit(formula[i])) i++;
      if (formula[i] === ".") fail(i, `Unexpected "." at ${i}: an exponent is a whole number, as in 1e-3`, "a digit");
    } else if (isDecimalMark(sign, formula[i + 2])) {
      fail(i + 1, `Unexpected "." at ${i + 1}: an exponent is a whole number, as in 1e-3`, "a digit");
    }
  }
  return i;
}
