import { UnaryFunction, type Expression } from "../UnaryFunction.js";
import { Cosine } from "./Cosine.js";

/** sin(u) */
export class Sine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "sin";
  compute(u: number): number {
    return Math.sin(u);
  }
  // d/du sin(u) = cos(u)
  outer(u: number): number {
    return Math.cos(u);
  }
  outerDerivative(): Expression {
    return new Cosine(this.operand);
  }
}
