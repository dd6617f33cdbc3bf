import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { HyperbolicCotangent } from "./HyperbolicCotangent.js";

/** csch(u) = 1 / sinh(u), for u != 0 */
export class HyperbolicCosecant extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "csch";
  compute(u: number): number {
    return 1 / Math.sinh(u);
  }
  // d/du csch(u) = -csch(u) coth(u)
  outer(u: number, value: number): number {
    return -value / Math.tanh(u);
  }
  outerDerivative({ mul, neg }: Build): Expression {
    return neg(mul(this, new HyperbolicCotangent(this.operand)));
  }
}
