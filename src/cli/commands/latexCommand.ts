import type { Expression } from "../../index.js";
import type { CommandResult } from "../CommandResult.js";
import { chooseWrt, type Formula } from "../formulaInput.js";

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
  let derivative: Expression = expression;
  for (let k = 0; k < order; k++) derivative = derivative.derivative(by);
  const latex = derivative.toLatex();
  return {
    json: { expression: expression.toString(), wrt: by, order, derivative: derivative.toString(), latex },
    text: latex,
  };
}
