import { UnaryFunction, type Expression } from "../UnaryFunction.js";
import { Sigmoid, sigmoidOf } from "./Sigmoid.js";

/** softplus(u) = ln(1 + e^u), a smooth relu */
export class Softplus extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "softplus";
  compute(u: number): number {
    return softplusOf(u);
  }
  // d/du softplus(u) = sigmoid(u)
  outer(u: number): number {
    return sigmoidOf(u);
  }
  outerDerivative(): Expression {
    return new Sigmoid(this.operand);
  }
}

/** ln(1 + e^u) as max(u, 0) + ln(1 + e^-|u|): e^... never overflows, and softplus(1000) is 1000. */
export function softplusOf(u: number): number {
  return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
}
