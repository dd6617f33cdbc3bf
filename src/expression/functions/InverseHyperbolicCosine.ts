import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** acosh(u) = ln(u + sqrt(u^2 - 1)), for u >= 1 (formulas may write `arcosh` or `arccosh`) */
export class InverseHyperbolicCosine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "acosh";
  compute(u: number): number {
    return Math.acosh(u);
  }
  // d/du acosh(u) = 1 / sqrt(u^2 - 1): Infinity at u = 1, NaN below it
  outer(u: number): number {
    return 1 / Math.sqrt((u - 1) * (u + 1));
  }
  outerDerivative({ num, sub, div, pow }: Build): Expression {
    return div(num(1), pow(sub(pow(this.operand, num(2)), num(1)), num(0.5)));
  }
}
