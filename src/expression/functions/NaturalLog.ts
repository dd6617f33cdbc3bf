import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** ln(u), the natural logarithm (formulas may write `log` or `ln`). */
export class NaturalLog extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "log";
  compute(u: number): number {
    return Math.log(u);
  }
  // d/du ln(u) = 1 / u
  outer(u: number): number {
    return 1 / u;
  }
  outerDerivative({ num, div }: Build): Expression {
    return div(num(1), this.operand);
  }
}
