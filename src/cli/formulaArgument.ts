import { CliError, ExitCode } from "./CliError.js";

/** Commands whose first operand is a formula (fit takes a file instead). */
const FORMULA_COMMANDS = new Set(["eval", "diff", "grad", "explain", "check", "latex", "steps"]);

/**
 * Lets a formula that starts with "-" follow `--` while options still work after it:
 * `autodiff diff -- "-x^2" --wrt x` becomes `autodiff diff --expr=-x^2 --wrt x`. (Plain `--` would make
 * `--wrt x` operands too.) Only the one token after `--` is taken; other commands are left alone.
 * @example formulaAfterDoubleDash(["diff", "--", "-x^2", "--wrt", "x"]) // ["diff", "--expr=-x^2", "--wrt", "x"]
 */
export function formulaAfterDoubleDash(args: readonly string[]): string[] {
  const command = args.find((arg) => !arg.startsWith("-"));
  const dashes = args.indexOf("--");
  if (command === undefined || !FORMULA_COMMANDS.has(command) || dashes < 0 || dashes + 1 >= args.length) {
    return [...args];
  }
  return [...args.slice(0, dashes), `--expr=${args[dashes + 1]}`, ...args.slice(dashes + 2)];
}

/** A formula as typed, with the name it was given (`loss = (x*w - y)^2` gives "loss"). */
export interface FormulaText {
  readonly name: string | undefined;
  readonly formula: string;
}

// "name = formula", but not "==", and only a plain name on the left.
const ASSIGNMENT = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)(.*)$/s;

/**
 * The formula from the operand or from `-e/--expr` (exactly one of them), with an optional leading
 * `name =` split off so `explain` can say dloss/dw.
 * @example formulaText("loss = (x*w - y)^2", undefined) // { name: "loss", formula: "(x*w - y)^2" }
 */
export function formulaText(operand: string | undefined, expr: string | undefined): FormulaText {
  if (operand !== undefined && expr !== undefined) {
    throw new CliError(
      `two formulas given: "${operand}" and --expr "${expr}"`,
      "give the formula once, either as the argument or with -e/--expr",
      ExitCode.usage,
    );
  }
  const text = operand ?? expr;
  if (text === undefined || text.trim() === "") {
    throw new CliError(
      "no formula given",
      'put it in quotes after the command, e.g. autodiff eval "x^2" --at x=3 (for one starting with "-": -e "-x^2" or -- "-x^2")',
      ExitCode.usage,
    );
  }
  const match = ASSIGNMENT.exec(text);
  if (match !== null && match[2]!.trim() !== "") return { name: match[1]!, formula: match[2]!.trim() };
  return { name: undefined, formula: text.trim() };
}
