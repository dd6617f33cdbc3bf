import type { Expression } from "../index.js";

/**
 * The derivative of order `order` by `wrt`, each order differentiating the last (simplified) one.
 * @example nthDerivative(parse("x^3"), "x", 2).toString() // "6 * x"
 */
export function nthDerivative(expression: Expression, wrt: string, order: number): Expression {
  let derivative = expression;
  for (let k = 0; k < order; k++) derivative = derivative.derivative(wrt);
  return derivative;
}
