import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Sigmoid, sigmoidOf } from "./Sigmoid.js";

/** swish(u) = u sigmoid(u), also called silu */
export class Swish extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "swish";
  compute(u: number): number {
    return u * sigmoidOf(u);
  }
  // product rule: d/du u sigmoid(u) = sigmoid(u) + u sigmoid(u) (1 - sigmoid(u)) = sigmoid(u) (1 + u (1 - sigmoid(u)))
  outer(u: number): number {
    const s = sigmoidOf(u);
    return s * (1 + u * (1 - s));
  }
  outerDerivative({ num, add, sub, mul }: Build): Expression {
    const s = new Sigmoid(this.operand);
    return mul(s, add(num(1), mul(this.operand, sub(num(1), s))));
  }
}
