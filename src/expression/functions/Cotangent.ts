import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** cot(u) = cos(u) / sin(u) */
export class Cotangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "cot";
  compute(u: number): number {
    return Math.cos(u) / Math.sin(u);
  }
  // d/du cot(u) = -csc^2(u) = -1 - cot^2(u)
  outer(_u: number, value: number): number {
    return -1 - value * value;
  }
  outerDerivative({ num, sub, pow }: Build): Expression {
    return sub(num(-1), pow(this, num(2)));
  }
}
