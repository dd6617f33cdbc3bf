import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** asinh(u) = ln(u + sqrt(u^2 + 1)) (formulas may write `arsinh` or `arcsinh`) */
export class InverseHyperbolicSine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "asinh";
  compute(u: number): number {
    return Math.asinh(u);
  }
  // d/du asinh(u) = 1 / sqrt(u^2 + 1) (hypot: no overflow of u^2 for huge u)
  outer(u: number): number {
    return 1 / Math.hypot(u, 1);
  }
  outerDerivative({ num, add, div, pow }: Build): Expression {
    return div(num(1), pow(add(pow(this.operand, num(2)), num(1)), num(0.5)));
  }
}
