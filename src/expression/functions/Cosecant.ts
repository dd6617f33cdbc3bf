import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Cotangent } from "./Cotangent.js";

/** csc(u) = 1 / sin(u) */
export class Cosecant extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "csc";
  compute(u: number): number {
    return 1 / Math.sin(u);
  }
  // d/du csc(u) = -csc(u) cot(u)
  outer(u: number, value: number): number {
    return (-value * Math.cos(u)) / Math.sin(u);
  }
  outerDerivative({ mul, neg }: Build): Expression {
    return neg(mul(this, new Cotangent(this.operand)));
  }
}
