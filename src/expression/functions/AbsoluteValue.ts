import { UnaryFunction, type Expression } from "../UnaryFunction.js";
import { Sign } from "./Sign.js";

/** |u| */
export class AbsoluteValue extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "abs";
  compute(u: number): number {
    return Math.abs(u);
  }
  // d/du |u| = sign(u) (0 at u = 0, by convention)
  outer(u: number): number {
    return Math.sign(u);
  }
  outerDerivative(): Expression {
    return new Sign(this.operand);
  }
}
