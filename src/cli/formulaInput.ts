import { parse, type Env, type Expression } from "../index.js";
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
export function requireValues(expression: Expression, env: Env): void {
  // own properties only, as eval() reads them: "constructor" is not given just because {} has one
  const missing = expression.variables().filter((name) => !Object.hasOwn(env, name));
  if (missing.length === 0) return;
  const given = Object.keys(env);
  const gave = given.length > 0 ? `--at gave: ${given.join(", ")}` : "no --at given";
  const names = missing.map((name) => `"${name}"`).join(", ");
  const example = [...given.map((g) => `${g}=${env[g]}`), ...missing.map((m) => `${m}=1`)];
  throw new CliError(
    `no value for variable${missing.length > 1 ? "s" : ""} ${names} (${gave})`,
    `add ${missing.map((name) => `${name}=<number>`).join(",")} to --at, e.g. --at ${example.join(",")}`,
    // 1, not 2: the formula and options are well formed; evaluating it needs a value it was not given
    ExitCode.evaluation,
  );
}

/**
 * The variable to differentiate by: `--wrt`, or the formula's only variable when there is one.
 * @example chooseWrt(parse("x^2"), undefined) // "x"
 */
export function chooseWrt(expression: Expression, wrt: string | undefined): string {
  const variables = expression.variables();
  if (wrt !== undefined) {
    if (!variables.includes(wrt)) {
      throw new CliError(
        `--wrt ${wrt}: the formula has no variable "${wrt}" (it has: ${variables.join(", ") || "none"})`,
        variables.length > 0 ? `use --wrt ${variables[0]}` : "the formula is a constant: its derivative is 0",
        ExitCode.usage,
      );
    }
    return wrt;
  }
  if (variables.length === 1) return variables[0]!;
  throw new CliError(
    variables.length === 0
      ? "the formula has no variables to differentiate by"
      : `which variable? the formula has ${variables.join(", ")}`,
    variables.length === 0 ? "its derivative is 0" : `add --wrt ${variables[0]}`,
    ExitCode.usage,
  );
}
