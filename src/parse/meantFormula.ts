import { NAME, NUMBER } from "./literals.js";
import { nearFunctionName } from "./nearFunctionName.js";
import { isSupportedFunction } from "./supportedFunctions.js";

/**
 * What a student most likely meant by a formula the parser refuses, as the formula to type instead: textbook
 * notations (`sin^2(x)`, `sin x`, `|x|`) and near misses of a function's name (`arcsinh(x)`). Each returns the
 * whole corrected formula, or undefined when it cannot tell. guardFormula puts it in the ParseError it throws.
 */

/**
 * `sin^2(x)` -> `sin(x)^2`, `sin^-1(x)` -> `asin(x)` (the textbook's inverse) where asin is supported: the
 * function `name` starts at `at` and is followed by `^`.
 * @example meantPowerOfCall("sin^2(x) + 1", 0, "sin") // "sin(x)^2 + 1"
 */
export function meantPowerOfCall(formula: string, at: number, name: string): string | undefined {
  const power = new RegExp(
    `\\s*\\^\\s*(\\(\\s*-?\\s*${NUMBER.source}\\s*\\)|-?\\s*${NUMBER.source}|${NAME.source})\\s*\\(`,
    "uy",
  );
  power.lastIndex = at + name.length;
  const found = power.exec(formula);
  if (found === null) return undefined;
  const open = power.lastIndex - 1;
  const close = matchingParenthesis(formula, open);
  if (close === undefined) return undefined;
  const exponent = found[1]!.replace(/\s+/g, "");
  const argument = formula.slice(open + 1, close);
  let call: string;
  if (exponent === "-1" || exponent === "(-1)") {
    if (!isSupportedFunction(`a${name}`)) return undefined;
    call = `a${name}(${argument})`;
  } else call = `${name}(${argument})^${exponent}`;
  return formula.slice(0, at) + call + formula.slice(close + 1);
}

/**
 * `sin x` -> `sin(x)`, `sin 2x` -> `sin(2x)`: the function `name` at `at` followed by one number, name or both.
 * @example meantCall("sin x + 1", 0, "sin") // "sin(x) + 1"
 */
export function meantCall(formula: string, at: number, name: string): string | undefined {
  const operand = new RegExp(`(\\s*)((?:${NUMBER.source})?\\s*(?:${NAME.source})?)`, "uy");
  operand.lastIndex = at + name.length;
  const found = operand.exec(formula);
  const argument = found?.[2]?.trim() ?? "";
  // nothing after the name, or a name that is itself a function (sin cos x): no guess
  if (argument === "" || isSupportedFunction(argument)) return undefined;
  return `${formula.slice(0, at)}${name}(${argument})${formula.slice(operand.lastIndex)}`;
}

/**
 * `|x|` -> `abs(x)`, for every pair of bars around a part with balanced parentheses, starting at `at`.
 * @example meantAbs("|x - 1| + 2", 0) // "abs(x - 1) + 2"
 */
export function meantAbs(formula: string, at: number): string | undefined {
  let text = formula;
  let open = at;
  while (open >= 0) {
    let depth = 0;
    let close = -1;
    for (let k = open + 1; k < text.length; k++) {
      const c = text[k];
      if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "|" && depth === 0) {
        close = k;
        break;
      }
      if (depth < 0) break;
    }
    if (close < 0 || text.slice(open + 1, close).trim() === "") return undefined;
    text = `${text.slice(0, open)}abs(${text.slice(open + 1, close)})${text.slice(close + 1)}`;
    open = text.indexOf("|");
  }
  return text;
}

/**
 * `arcsinh(x)` -> `asinh(x)`, `ln10(x)` -> `log10(x)` (or `log(x, 10)`): the unknown function `name` at `at`,
 * replaced by the supported one nearest to it (nearFunctionName). Undefined when none is near.
 * @example meantFunction("sigmod(x)", 0, "sigmod") // "sigmoid(x)"
 */
export function meantFunction(formula: string, at: number, name: string): string | undefined {
  const near = nearFunctionName(name);
  if (near === undefined) return undefined;
  const open = formula.indexOf("(", at + name.length);
  const close = matchingParenthesis(formula, open);
  if (close === undefined) return undefined;
  const argument = formula.slice(open + 1, close);
  // a one-argument template gets the whole argument list (leakyRelu(x, 0.1) stays two arguments)
  const call = near.call.replace(/\bu\b/, () => argument);
  return formula.slice(0, at) + call + formula.slice(close + 1);
}

function matchingParenthesis(formula: string, open: number): number | undefined {
  if (formula[open] !== "(") return undefined;
  let depth = 0;
  for (let k = open; k < formula.length; k++) {
    if (formula[k] === "(") depth++;
    else if (formula[k] === ")" && --depth === 0) return k;
  }
  return undefined;
}
