import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Step } from "./Step.js";

/** The usual alpha of elu: 1. */
export const DEFAULT_ELU_ALPHA = 1;

/** elu(u) = u for u > 0, alpha (e^u - 1) otherwise: smooth at 0 when alpha is 1 */
export class Elu extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "elu";
  constructor(
    operand: Expression,
    readonly alpha: number = DEFAULT_ELU_ALPHA,
  ) {
    super(operand);
  }
  // what identifies it besides its operand, and what withOperand hands back to the constructor
  override get attributes(): readonly (string | number)[] {
    return [this.alpha];
  }
  compute(u: number): number {
    return u > 0 ? u : this.alpha * Math.expm1(u);
  }
  // d/du elu(u) = 1 for u > 0, alpha e^u = elu(u) + alpha otherwise: step(u) + (1 - step(u)) (elu(u) + alpha),
  // from elu itself so nothing overflows at u = 1000 (alpha e^1000 times 0 would be NaN)
  outer(u: number): number {
    return u > 0 ? 1 : this.alpha * Math.exp(u);
  }
  outerDerivative({ num, add, sub, mul }: Build): Expression {
    const step = new Step(this.operand);
    return add(step, mul(sub(num(1), step), add(this, num(this.alpha))));
  }
}
