import { CliError, ExitCode } from "../CliError.js";
import type { CommandResult } from "../CommandResult.js";
import { chooseWrt, type Formula } from "../formulaInput.js";
import { nthDerivative } from "../nthDerivative.js";

/**
 * `autodiff latex`: LaTeX of the formula or, with `--wrt`, of its derivative of order `order` (default 1).
 * @example latexCommand(formula("x^2/2"), undefined, undefined).text // "\\frac{x^{2}}{2}"
 */
export function latexCommand(formula: Formula, wrt: string | undefined, order: number | undefined): CommandResult {
  const { expression } = formula;
  if (wrt === undefined && order !== undefined) {
    throw new CliError(
      `--order ${order} needs --wrt: the order of a derivative by which variable?`,
      `add --wrt ${expression.variables()[0] ?? "x"}, e.g. autodiff latex "x^3" --wrt x --order ${order}`,
      ExitCode.usage,
    );
  }
  if (wrt === undefined) {
    const latex = expression.toLatex();
    return { json: { expression: expression.toString(), latex }, text: latex };
  }
  const by = chooseWrt(expression, wrt, formula.text);
  const derivative = nthDerivative(expression, by, order ?? 1);
  const latex = derivative.toLatex();
  return {
    json: { expression: expression.toString(), wrt: by, order: order ?? 1, derivative: derivative.toString(), latex },
    text: latex,
  };
}
