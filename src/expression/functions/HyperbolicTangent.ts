import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** tanh(u) */
export class HyperbolicTangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "tanh";
  compute(u: number): number {
    return Math.tanh(u);
  }
  // d/du tanh(u) = 1 - tanh^2(u)
  outer(_u: number, value: number): number {
    return 1 - value * value;
  }
  outerDerivative({ num, sub, pow }: Build): Expression {
    return sub(num(1), pow(this, num(2)));
  }
}
