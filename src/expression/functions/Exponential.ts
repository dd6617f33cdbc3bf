import { UnaryFunction, type Expression } from "../UnaryFunction.js";

/** e^u */
export class Exponential extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "exp";
  compute(u: number): number {
    return Math.exp(u);
  }
  // d/du e^u = e^u
  outer(_u: number, value: number): number {
    return value;
  }
  outerDerivative(): Expression {
    return this;
  }
}
