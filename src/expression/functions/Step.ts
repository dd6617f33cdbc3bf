import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** step(u): 1 where u > 0, else 0 (Heaviside). The derivative of relu(u). */
export class Step extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "step";
  compute(u: number): number {
    return u > 0 ? 1 : 0;
  }
  // d/du step(u) = 0 (away from 0)
  outer(): number {
    return 0;
  }
  outerDerivative({ num }: Build): Expression {
    return num(0);
  }
}
