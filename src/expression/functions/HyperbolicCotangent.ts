import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** coth(u) = 1 / tanh(u), for u != 0 */
export class HyperbolicCotangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "coth";
  compute(u: number): number {
    return 1 / Math.tanh(u);
  }
  // d/du coth(u) = -1 / sinh^2(u) = 1 - coth^2(u)
  outer(u: number): number {
    const s = Math.sinh(u);
    return -1 / (s * s);
  }
  outerDerivative({ num, sub, pow }: Build): Expression {
    return sub(num(1), pow(this, num(2)));
  }
}
