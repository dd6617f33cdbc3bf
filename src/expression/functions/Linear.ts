import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** linear(u) = u, the identity activation. */
export class Linear extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "linear";
  compute(u: number): number {
    return u;
  }
  // d/du u = 1
  outer(): number {
    return 1;
  }
  outerDerivative({ num }: Build): Expression {
    return num(1);
  }
}
