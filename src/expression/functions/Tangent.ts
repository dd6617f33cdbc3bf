import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** tan(u) */
export class Tangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "tan";
  compute(u: number): number {
    return Math.tan(u);
  }
  // d/du tan(u) = sec^2(u) = 1 + tan^2(u)
  outer(_u: number, value: number): number {
    return 1 + value * value;
  }
  outerDerivative({ num, add, pow }: Build): Expression {
    return add(num(1), pow(this, num(2)));
  }
}
