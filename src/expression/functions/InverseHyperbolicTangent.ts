import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** atanh(u) = ln((1 + u) / (1 - u)) / 2, for |u| < 1 (formulas may write `artanh` or `arctanh`) */
export class InverseHyperbolicTangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "atanh";
  compute(u: number): number {
    return Math.atanh(u);
  }
  // d/du atanh(u) = 1 / (1 - u^2)
  outer(u: number): number {
    return 1 / ((1 - u) * (1 + u));
  }
  outerDerivative({ num, sub, div, pow }: Build): Expression {
    return div(num(1), sub(num(1), pow(this.operand, num(2))));
  }
}
