import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { num, pow, sub } from "../../simplify/build.js";

/** tanh(u) */
export class HyperbolicTangent extends UnaryFunction {
  readonly name = "tanh";
  compute(u: number): number {
    return Math.tanh(u);
  }
  // d/du tanh(u) = 1 - tanh^2(u)
  outer(_u: number, value: number): number {
    return 1 - value * value;
  }
  outerDerivative(): Expression {
    return sub(num(1), pow(this, num(2)));
  }
  emit(u: string): string {
    return `Math.tanh(${u})`;
  }
}
