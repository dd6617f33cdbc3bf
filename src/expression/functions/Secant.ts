import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Tangent } from "./Tangent.js";

/** sec(u) = 1 / cos(u) */
export class Secant extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "sec";
  compute(u: number): number {
    return 1 / Math.cos(u);
  }
  // d/du sec(u) = sec(u) tan(u)
  outer(u: number, value: number): number {
    return value * Math.tan(u);
  }
  outerDerivative({ mul }: Build): Expression {
    return mul(this, new Tangent(this.operand));
  }
}
