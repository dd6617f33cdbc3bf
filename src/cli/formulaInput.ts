import { parse, type Env, type Expression } from "../index.js";
import { productsSpelledOut } from "../parse/splitName.js";
import { CliError, ExitCode } from "./CliError.js";
import type { FormulaText } from "./formulaArgument.js";

/** A parsed formula with the name it was given ("f" when none) and its text as typed. */
export interface Formula {
  readonly name: string;
  readonly text: string;
  readonly expression: Expression;
}

/**
 * Parses the formula (a ParseError propagates to the error report, which draws the caret).
 * @example parseFormula({ name: "loss", formula: "(x*w - y)^2" }).expression.variables() // ["w", "x", "y"]
 */
export function parseFormula(input: FormulaText): Formula {
  return { name: input.name ?? "f", text: input.formula, expression: parse(input.formula) };
}

/**
 * Checks that `--at` gives every variable of the formula, naming the missing ones and what was given.
 * @example requireValues(parse("x*y"), { x: 1 }) // throws: no value for variable "y" (--at gave: x)
 */
export function requireValues(expression: Expression, env: Env, text?: string): void {
  // own properties only, as eval() reads them: "constructor" is not given just because {} has one
  const variables = expression.variables();
  const missing = variables.filter((name) => !Object.hasOwn(env, name));
  if (missing.length === 0) return;
  const given = Object.keys(env);
  const gave = given.length > 0 ? `--at gave: ${given.join(", ")}` : "no --at given";
  const names = missing.map((name) => `"${name}"`).join(", ");
  const example = [...given.map((g) => `${g}=${env[g]}`), ...missing.map((m) => `${m}=1`)];
  // xy with --at x=1,y=2: a product written without "*" (every letter given: mx with --at x=1 stays a name)
  const meant = meantProducts(text, [...given, ...variables]);
  throw new CliError(
    `no value for variable${missing.length > 1 ? "s" : ""} ${names} (${gave})`,
    meant ?? `add ${missing.map((name) => `${name}=<number>`).join(",")} to --at, e.g. --at ${example.join(",")}`,
    // 1, not 2: the formula and options are well formed; evaluating it needs a value it was not given
    ExitCode.evaluation,
  );
}

/**
 * The variable to differentiate by: `--wrt`, or the formula's only variable when there is one.
 * @example chooseWrt(parse("x^2"), undefined) // "x"
 */
export function chooseWrt(expression: Expression, wrt: string | undefined, text?: string): string {
  const variables = expression.variables();
  if (wrt !== undefined) {
    if (!variables.includes(wrt)) {
      // 2xy with --wrt y: xy is one name, and the student meant 2*x*y (not --wrt xy)
      const meant = meantProducts(text, [wrt, ...variables], { guess: true, uses: wrt });
      throw new CliError(
        `--wrt ${wrt}: the formula has no variable "${wrt}" (it has: ${variables.join(", ") || "none"})`,
        meant ??
          (variables.length > 0 ? `use --wrt ${variables[0]}` : "the formula is a constant: its derivative is 0"),
        ExitCode.usage,
      );
    }
    return wrt;
  }
  if (variables.length === 1) return variables[0]!;
  // xy beside x: perhaps x*y (a question only: the course's mx beside x is a name)
  const meant = variables.length > 1 ? meantProducts(text, variables, { guess: true }) : undefined;
  throw new CliError(
    variables.length === 0
      ? "the formula has no variables to differentiate by"
      : `which variable? the formula has ${variables.join(", ")}`,
    variables.length === 0
      ? "its derivative is 0"
      : `add --wrt ${variables[0]}${meant === undefined ? "" : `; ${meant}`}`,
    ExitCode.usage,
  );
}

/**
 * A hint when the formula has a name made of known letters (`xy` with `--at x=1,y=2`, or with `--wrt y`): the
 * formula with the products written out, `2*x*y`. Undefined when no name splits, or the formula's text is not known.
 */
function meantProducts(
  text: string | undefined,
  known: readonly string[],
  options?: { readonly guess?: boolean; readonly uses?: string },
): string | undefined {
  const meant = text === undefined ? undefined : productsSpelledOut(text, known, options);
  return meant === undefined ? undefined : `a name of several letters is one variable; did you mean ${meant}?`;
}
