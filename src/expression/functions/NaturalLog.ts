import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { div, num } from "../../simplify/build.js";

/** ln(u), the natural logarithm (formulas may write `log` or `ln`). */
export class NaturalLog extends UnaryFunction {
  readonly name = "log";
  compute(u: number): number {
    return Math.log(u);
  }
  // d/du ln(u) = 1 / u
  outer(u: number, _value: number): number {
    return 1 / u;
  }
  outerDerivative(): Expression {
    return div(num(1), this.operand);
  }
  emit(u: string): string {
    return `Math.log(${u})`;
  }
}
