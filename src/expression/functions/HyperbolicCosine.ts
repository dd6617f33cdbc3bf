import { UnaryFunction, type Expression } from "../UnaryFunction.js";
import { HyperbolicSine } from "./HyperbolicSine.js";

/** cosh(u) = (e^u + e^-u) / 2 */
export class HyperbolicCosine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "cosh";
  compute(u: number): number {
    return Math.cosh(u);
  }
  // d/du cosh(u) = sinh(u)
  outer(u: number): number {
    return Math.sinh(u);
  }
  outerDerivative(): Expression {
    return new HyperbolicSine(this.operand);
  }
}
