import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { Sign } from "./Sign.js";

/** |u| */
export class AbsoluteValue extends UnaryFunction {
  readonly name = "abs";
  compute(u: number): number {
    return Math.abs(u);
  }
  // d/du |u| = sign(u) (0 at u = 0, by convention)
  outer(u: number, _value: number): number {
    return Math.sign(u);
  }
  outerDerivative(): Expression {
    return new Sign(this.operand);
  }
  emit(u: string): string {
    return `Math.abs(${u})`;
  }
}
