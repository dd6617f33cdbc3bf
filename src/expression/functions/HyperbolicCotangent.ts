import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { HyperbolicSine } from "./HyperbolicSine.js";

/** coth(u) = 1 / tanh(u), for u != 0 */
export class HyperbolicCotangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "coth";
  compute(u: number): number {
    return 1 / Math.tanh(u);
  }
  // d/du coth(u) = -1 / sinh^2(u) (= 1 - coth^2(u), which loses all digits for large u)
  outer(u: number): number {
    const s = Math.sinh(u);
    return -1 / (s * s);
  }
  outerDerivative({ num, div, pow }: Build): Expression {
    return div(num(-1), pow(new HyperbolicSine(this.operand), num(2)));
  }
}
