import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** asec(u) = acos(1 / u), for |u| >= 1 (formulas may write `arcsec`) */
export class ArcSecant extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "asec";
  compute(u: number): number {
    return Math.acos(1 / u);
  }
  // d/du asec(u) = 1 / (u^2 sqrt(1 - 1/u^2)): Infinity at u = +-1, NaN for |u| < 1
  outer(u: number): number {
    return 1 / (u * u * Math.sqrt(1 - 1 / (u * u)));
  }
  outerDerivative({ num, sub, mul, div, pow }: Build): Expression {
    const u2 = pow(this.operand, num(2));
    return div(num(1), mul(u2, pow(sub(num(1), div(num(1), u2)), num(0.5))));
  }
}
