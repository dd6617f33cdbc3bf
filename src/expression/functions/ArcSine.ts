import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** asin(u), the inverse of sin on [-1, 1] (formulas may write `arcsin`) */
export class ArcSine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "asin";
  compute(u: number): number {
    return Math.asin(u);
  }
  // d/du asin(u) = 1 / sqrt(1 - u^2): Infinity at u = +-1, NaN outside [-1, 1]
  outer(u: number): number {
    return 1 / Math.sqrt((1 - u) * (1 + u));
  }
  outerDerivative({ num, sub, div, pow }: Build): Expression {
    return div(num(1), pow(sub(num(1), pow(this.operand, num(2))), num(0.5)));
  }
}
