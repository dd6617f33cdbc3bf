import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { div, mul, num } from "../../simplify/build.js";

/** sqrt(u) */
export class SquareRoot extends UnaryFunction {
  readonly name = "sqrt";
  compute(u: number): number {
    return Math.sqrt(u);
  }
  // d/du sqrt(u) = 1 / (2 sqrt(u))
  outer(_u: number, value: number): number {
    return 0.5 / value;
  }
  outerDerivative(): Expression {
    return div(num(1), mul(num(2), this));
  }
  emit(u: string): string {
    return `Math.sqrt(${u})`;
  }
}
