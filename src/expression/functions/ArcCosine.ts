import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** acos(u), the inverse of cos on [-1, 1] (formulas may write `arccos`) */
export class ArcCosine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "acos";
  compute(u: number): number {
    return Math.acos(u);
  }
  // d/du acos(u) = -1 / sqrt(1 - u^2): -Infinity at u = +-1, NaN outside [-1, 1]
  outer(u: number): number {
    return -1 / Math.sqrt((1 - u) * (1 + u));
  }
  outerDerivative({ num, sub, div, pow }: Build): Expression {
    return div(num(-1), pow(sub(num(1), pow(this.operand, num(2))), num(0.5)));
  }
}
