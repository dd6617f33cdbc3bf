import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** log2(u), the base-2 logarithm: ln(u) / ln(2) */
export class Log2 extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "log2";
  compute(u: number): number {
    return Math.log2(u);
  }
  // d/du log2(u) = 1 / (u ln(2))
  outer(u: number): number {
    return 1 / (u * Math.LN2);
  }
  outerDerivative({ num, mul, div, log }: Build): Expression {
    return div(num(1), mul(this.operand, log(num(2))));
  }
}
