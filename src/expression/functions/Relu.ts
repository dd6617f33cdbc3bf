import { UnaryFunction, type Expression } from "../UnaryFunction.js";
import { Step } from "./Step.js";

/** relu(u) = max(u, 0) */
export class Relu extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "relu";
  compute(u: number): number {
    return u > 0 ? u : 0;
  }
  // d/du relu(u) = step(u): 1 for u > 0, else 0 (0 at u = 0, by convention)
  outer(u: number): number {
    return u > 0 ? 1 : 0;
  }
  outerDerivative(): Expression {
    return new Step(this.operand);
  }
}
