import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { HyperbolicTangent } from "./HyperbolicTangent.js";

/** sech(u) = 1 / cosh(u) */
export class HyperbolicSecant extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "sech";
  compute(u: number): number {
    return 1 / Math.cosh(u);
  }
  // d/du sech(u) = -sech(u) tanh(u)
  outer(u: number, value: number): number {
    return -value * Math.tanh(u);
  }
  outerDerivative({ mul, neg }: Build): Expression {
    return neg(mul(this, new HyperbolicTangent(this.operand)));
  }
}
