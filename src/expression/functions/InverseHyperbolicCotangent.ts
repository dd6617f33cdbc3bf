import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** acoth(u) = atanh(1 / u), for |u| > 1 (formulas may write `arcoth` or `arccoth`) */
export class InverseHyperbolicCotangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "acoth";
  compute(u: number): number {
    return Math.atanh(1 / u);
  }
  // d/du acoth(u) = 1 / (1 - u^2), the same rule as atanh on the other side of +-1
  outer(u: number): number {
    return 1 / ((1 - u) * (1 + u));
  }
  outerDerivative({ num, sub, div, pow }: Build): Expression {
    return div(num(1), sub(num(1), pow(this.operand, num(2))));
  }
}
