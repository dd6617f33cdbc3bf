import { UnaryFunction, type Expression } from "../UnaryFunction.js";
import { HyperbolicCosine } from "./HyperbolicCosine.js";

/** sinh(u) = (e^u - e^-u) / 2 */
export class HyperbolicSine extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "sinh";
  compute(u: number): number {
    return Math.sinh(u);
  }
  // d/du sinh(u) = cosh(u)
  outer(u: number): number {
    return Math.cosh(u);
  }
  outerDerivative(): Expression {
    return new HyperbolicCosine(this.operand);
  }
}
