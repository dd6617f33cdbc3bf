import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** sqrt(u) */
export class SquareRoot extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "sqrt";
  compute(u: number): number {
    return Math.sqrt(u);
  }
  // d/du sqrt(u) = 1 / (2 sqrt(u))
  outer(_u: number, value: number): number {
    return 0.5 / value;
  }
  outerDerivative({ num, div, mul }: Build): Expression {
    return div(num(1), mul(num(2), this));
  }
}
