import type { CommandResult } from "../CommandResult.js";
import { chooseWrt, type Formula } from "../formulaInput.js";
import { nthDerivative } from "../nthDerivative.js";

/**
 * `autodiff latex`: LaTeX of the formula or, with `--wrt`, of its derivative of order `order`.
 * @example latexCommand(formula("x^2/2"), undefined, 1).text // "\\frac{x^{2}}{2}"
 */
export function latexCommand(formula: Formula, wrt: string | undefined, order: number): CommandResult {
  const { expression } = formula;
  if (wrt === undefined) {
    const latex = expression.toLatex();
    return { json: { expression: expression.toString(), latex }, text: latex };
  }
  const by = chooseWrt(expression, wrt);
  const derivative = nthDerivative(expression, by, order);
  const latex = derivative.toLatex();
  return {
    json: { expression: expression.toString(), wrt: by, order, derivative: derivative.toString(), latex },
    text: latex,
  };
}
