import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** atan(u) (formulas may write `arctan`) */
export class ArcTangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "atan";
  compute(u: number): number {
    return Math.atan(u);
  }
  // d/du atan(u) = 1 / (1 + u^2)
  outer(u: number): number {
    return 1 / (1 + u * u);
  }
  outerDerivative({ num, add, div, pow }: Build): Expression {
    return div(num(1), add(pow(this.operand, num(2)), num(1)));
  }
}
