import { ParseError } from "../errors/ParseError.js";
import { NAME, NUMBER, NON_NUMBERS, OPERATOR_WORDS, readNumber } from "./literals.js";
import { SUPPORTED_FUNCTIONS, isSupportedFunction } from "./supportedFunctions.js";
import { unexpectedCharacter } from "./unexpectedCharacter.js";
import { meantAbs, meantCall, meantFunction, meantPowerOfCall } from "./meantFormula.js";

/**
 * How deeply parentheses, function calls, signs and powers may nest inside each other. mathjs parses
 * them by recursion and overflows the stack near 270 nested parentheses, so we stop well before.
 */
export const MAX_NESTING = 150;

const TOKEN = new RegExp(`(\\s+)|(${NUMBER.source})|(${NAME.source})|([^])`, "uy");
const OPERAND = 'a number, a variable, "(" or a function call such as sin(x)';

/**
 * What mathjs cannot tell us, checked before it reads the formula: where a mistake is (its syntax errors
 * stop at the first token it cannot use, and its tree has no positions), names and numbers as
 * literals.ts defines them, and nesting deep enough to overflow its recursive parser. Throws ParseError;
 * returns where each function call's name starts, in source order, for the errors found in the tree.
 */
export function guardFormula(formula: string): readonly number[] {
  const calls: number[] = [];
  // one group per open "(" (and one for the whole formula): the signs and powers still open inside it
  const groups = [{ open: -1, call: "", prefixes: 0 }];
  let depth = 0;
  let operand = false; // the last token ends an operand: "-" is a difference, "(" or a name an implicit product
  let previous = "";
  const after = (): string =>
    groups.length === 1
      ? "an operator (+ - * / ^) or the end of the formula"
      : `an operator (+ - * / ^)${groups.at(-1)!.call ? ', ","' : ""} or ")"`;
  // by default, what could have come where the mistake is
  const fail = (
    at: number,
    message: string,
    expected = operand ? after() : OPERAND,
    supported?: readonly string[],
    suggestion?: string,
  ): never => {
    throw new ParseError(message, formula, at, expected, supported, suggestion);
  };
  const deeper = (at: number): void => {
    if (++depth <= MAX_NESTING) return;
    const levels = `${MAX_NESTING} levels of parentheses, function calls, signs and powers inside each other`;
    fail(at, `Formula nests too deeply at ${at}: more than ${levels}`, "fewer nested levels (long sums are fine)");
  };
  // a binary operator, "," or an implicit product ends the signs and powers open in this group
  const endPrefixes = (): void => {
    depth -= groups.at(-1)!.prefixes;
    groups.at(-1)!.prefixes = 0;
  };
  const needOperand = (at: number, token: string): void => {
    if (operand) return;
    const where = previous ? `after "${previous}"` : "at the start";
    const hint = token === "*" && previous === "*" ? "; for powers write x ^ 2, not x ** 2" : "";
    fail(at, `Missing a number or variable before "${token}" at ${at} (${where})${hint}`);
  };

  if (formula.trim() === "") fail(0, "Empty formula: type one, e.g. x^2 + 1");
  for (TOKEN.lastIndex = 0; TOKEN.lastIndex < formula.length; ) {
    const at = TOKEN.lastIndex;
    const [token, space, number, name] = TOKEN.exec(formula)!;
    const group = groups.at(-1)!;
    if (space !== undefined) continue;
    if (number !== undefined) {
      if (operand) fail(at, `Write "*" before the number at ${at}, e.g. 2 * 3 or x * 2`);
      // "0x10" and "1_000" would read as 0 * x10 and 1 * _000: say what they are instead
      const radix = /^0[xbo]/i.test(formula.slice(at, at + 2));
      const whole = radix || formula[TOKEN.lastIndex] === "_";
      const literal = whole ? formula.slice(at).match(/^[\p{L}\d_.]+/u)![0] : number;
      const value = readNumber(literal);
      if (typeof value === "string") {
        const what = radix ? `Write "0 * ${literal[1]}..." at ${at}` : `"${literal}" is not a number at ${at}`;
        fail(at, `${what}: ${value}`, "a decimal number");
      }
      const end = TOKEN.lastIndex + 2;
      if (/[eE][+-]/.test(formula.slice(end - 2, end))) {
        fail(end, `Digit expected at ${end}: an exponent needs digits, as in 1e-3`, "a digit");
      }
    } else if (name !== undefined) {
      const paren = /\s*\(/y;
      paren.lastIndex = TOKEN.lastIndex;
      const call = paren.test(formula);
      if (OPERATOR_WORDS.has(name)) fail(at, `Unsupported operator "${name}" at ${at} (supported: + - * / ^)`);
      if (NON_NUMBERS.has(name)) {
        fail(at, `"${name}" is not a number at ${at}: formulas hold finite numbers, variables and functions`);
      }
      if (call && !isSupportedFunction(name)) {
        const meant = meantFunction(formula, at, name);
        const hint = /^[a-zA-Z]_?\d*$/.test(name) ? `; for a product write ${name} * (...)` : "";
        const message = `Unknown function "${name}" at ${at} (supported: ${SUPPORTED_FUNCTIONS.join(", ")})${hint}`;
        fail(at, message, "a supported function", SUPPORTED_FUNCTIONS, meant);
      }
      if (!call && isSupportedFunction(name)) {
        // sin^2(x), the textbook's square of sin(x), and sin x: said as what to type instead
        const power = meantPowerOfCall(formula, at, name);
        const written = power === undefined ? `${name}(x), not ${name} x` : `${name}(x)^n, not ${name}^n(x)`;
        const meant = power ?? meantCall(formula, at, name);
        const message = `Function "${name}" needs parentheses at ${at}: write ${written}`;
        fail(at, message, `"(" after ${name}`, undefined, meant);
      }
      if (operand) endPrefixes();
      if (call) {
        calls.push(at);
        groups.push({ open: paren.lastIndex - 1, call: name, prefixes: 0 });
        deeper(paren.lastIndex - 1);
        TOKEN.lastIndex = paren.lastIndex;
        [operand, previous] = [false, `${name}(`];
        continue;
      }
    } else if (token === "(") {
      if (operand) endPrefixes();
      groups.push({ open: at, call: "", prefixes: 0 });
      deeper(at);
    } else if (token === ")") {
      if (groups.length === 1) fail(at, `Unmatched ")" at ${at}: no "(" is open here`);
      const open = group.open;
      if (!operand && previous === "(") fail(open, `Empty parentheses at ${open}: put a formula between them`);
      if (!operand && previous === `${group.call}(`) {
        fail(group.open, `Function "${group.call}" needs an argument at ${group.open}: write ${group.call}(x)`);
      }
      needOperand(at, token);
      depth -= group.prefixes + 1;
      groups.pop();
    } else if (token === ",") {
      if (!group.call) fail(at, `Unexpected "," at ${at}: a comma only separates arguments, as in log(x, 2)`);
      needOperand(at, token);
      endPrefixes();
    } else if ((token === "+" || token === "-") && !operand) {
      group.prefixes++; // a sign: -x, 2 * -3
      deeper(at);
    } else if (token === "+" || token === "-" || token === "*" || token === "/") {
      needOperand(at, token);
      endPrefixes();
    } else if (token === "^") {
      needOperand(at, token);
      group.prefixes++; // x ^ y ^ z and x ^ -y: mathjs reads each exponent by recursion
      deeper(at);
    } else {
      const shown = token === '"' ? `'"'` : `"${token}"`;
      // |x|, the textbook's absolute value
      const bars = token === "|" && !operand ? meantAbs(formula, at) : undefined;
      const why = bars === undefined ? unexpectedCharacter(token, formula[at + 1]) : "write abs(x) for |x|";
      fail(at, `Unexpected ${shown} at ${at}: ${why}`, undefined, undefined, bars);
    }
    operand = number !== undefined || name !== undefined || token === ")";
    previous = token;
  }
  const end = formula.length;
  if (!operand) fail(end, `Formula ends too early at ${end}: "${previous}" needs something after it`);
  const open = groups.at(-1)!.open;
  if (open >= 0) fail(end, `Missing ")" at ${end}: the "(" at ${open} is never closed`);
  return calls;
}
