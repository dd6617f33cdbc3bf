import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** log10(u), the base-10 logarithm: ln(u) / ln(10) */
export class Log10 extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "log10";
  compute(u: number): number {
    return Math.log10(u);
  }
  // d/du log10(u) = 1 / (u ln(10))
  outer(u: number): number {
    return 1 / (u * Math.LN10);
  }
  outerDerivative({ num, mul, div, log }: Build): Expression {
    return div(num(1), mul(this.operand, log(num(10))));
  }
}
