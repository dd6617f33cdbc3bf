import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** sign(u): -1, 0 or 1. The derivative of |u|. */
export class Sign extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "sign";
  compute(u: number): number {
    return Math.sign(u);
  }
  // d/du sign(u) = 0 (away from 0)
  outer(): number {
    return 0;
  }
  outerDerivative({ num }: Build): Expression {
    return num(0);
  }
}
