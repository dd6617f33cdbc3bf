import { BinaryOperator } from "../BinaryOperator.js";
import type { Expression } from "../Expression.js";
import { div, neg, pow, num } from "../../simplify/build.js";

/** a / b */
export class Division extends BinaryOperator {
  readonly symbol = "/";
  compute(a: number, b: number): number {
    return a / b;
  }
  // quotient rule: d(a / b) = da / b - a db / b^2
  partials(_a: number, b: number, value: number, out: Float64Array): void {
    out[0] = 1 / b;
    // -(a / b) / b, not -a / (b * b): b * b under- or overflows for |b| < 1e-154 or > 1e154
    out[1] = -value / b;
  }
  partialDerivative(operand: 0 | 1): Expression {
    return operand === 0 ? div(num(1), this.right) : neg(div(this.left, pow(this.right, num(2))));
  }
  emit(a: string, b: string): string {
    return `${a} / ${b}`;
  }
}
