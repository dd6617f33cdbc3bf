import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** cbrt(u), the real cube root: cbrt(-8) = -2 (where u^(1/3) is NaN) */
export class CubeRoot extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "cbrt";
  compute(u: number): number {
    return Math.cbrt(u);
  }
  // d/du cbrt(u) = 1 / (3 cbrt(u)^2): Infinity at u = 0
  outer(_u: number, value: number): number {
    return 1 / (3 * value * value);
  }
  outerDerivative({ num, mul, div, pow }: Build): Expression {
    return div(num(1), mul(num(3), pow(this, num(2))));
  }
}
