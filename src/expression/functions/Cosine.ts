import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Sine } from "./Sine.js";

/** cos(u) */
export class Cosine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "cos";
  compute(u: number): number {
    return Math.cos(u);
  }
  // d/du cos(u) = -sin(u)
  outer(u: number): number {
    return -Math.sin(u);
  }
  outerDerivative({ neg }: Build): Expression {
    return neg(new Sine(this.operand));
  }
}
