import type { Expression } from "../expression/Expression.js";
import { ParseError } from "../errors/ParseError.js";
import { MAX_NESTING, guardFormula } from "./guardFormula.js";
import { loadMathjs, type MathjsNode, type MathjsParse } from "#mathjs-parser";
import { isNameLetter } from "./literals.js";
import { fromMathjs } from "./fromMathjs.js";
import { fromMathjsError } from "./fromMathjsError.js";

/**
 * A typed formula as an expression tree. mathjs reads the text (and nothing is ever evaluated); its
 * tree becomes our nodes.
 *
 * Accepted: numbers (`2`, `0.5`, `1e-3`), variables (`x`, `x_0`, `m12`, `Δx`: see literals.ts), `+ - * / ^`,
 * signs, parentheses, implicit products (`2x`, `2 sin(x)`, `(x + 1)(x - 1)`), the constants `pi` and `e`,
 * and the functions in SUPPORTED_FUNCTIONS: `log` and its synonym `ln` are natural logarithms, `log(x, b)`
 * reads as `log(x) / log(b)`, and `leakyRelu(x, slope)` takes a number as its slope. A negated number
 * (`-3`) is the constant -3; `^` groups to the right and binds tighter than a sign: `-x ^ 2` is `-(x ^ 2)`.
 *
 * Anything else throws ParseError with a 0-based `position`, what was `expected` there, and for an
 * unknown function the `supported` names. Long sums and products (100,000 terms) are fine; nesting
 * deeper than MAX_NESTING levels (parentheses, calls, signs, powers inside each other) is refused.
 *
 * @example
 * parse("2x^2 + sin(x)").toString() // "2 * x ^ 2 + sin(x)"
 * parse("gamma(x)")                 // throws ParseError: Unknown function "gamma" at 0 (supported: abs, cos, ...)
 */
export function parse(formula: string): Expression {
  if (typeof formula !== "string") {
    throw new ParseError(`A formula must be a string, got ${typeof formula}`, String(formula), 0, "a string");
  }
  const calls = guardFormula(formula);
  let tree: MathjsNode;
  try {
    tree = mathjsParse()(formula);
  } catch (error) {
    if (error instanceof RangeError) {
      // guardFormula keeps nesting far below mathjs's limit; a caller already deep in recursion may still hit it
      const message = `Formula nests too deeply for the parser (limit about ${MAX_NESTING} levels)`;
      throw new ParseError(message, formula, 0, "a formula with fewer nested levels");
    }
    throw fromMathjsError(error, formula);
  }
  return fromMathjs(tree, formula, calls);
}

let instance: MathjsParse | undefined;

/** mathjs's parser, made on the first parse, its lexer reading names, numbers and spaces as guardFormula does. */
function mathjsParse(): MathjsParse {
  if (instance === undefined) {
    const { create, parseDependencies } = loadMathjs();
    instance = create({ parseDependencies }).parse;
    instance.isAlpha = isNameLetter;
    // any space, line breaks included (mathjs would end a statement at a line break)
    instance.isWhitespace = (c) => /\s/u.test(c);
    // "2.*x" is 2. * x, as guardFormula reads it (mathjs would see its element-wise ".*")
    instance.isDecimalMark = (c) => c === ".";
  }
  return instance;
}
