import { BinaryOperator, type Build, type Expression } from "../BinaryOperator.js";

/** a / b */
export class Division extends BinaryOperator {
  compute(a: number, b: number): number {
    return a / b;
  }
  // quotient rule: d(a / b)/da = 1 / b, d(a / b)/db = -a / b^2
  partial(operand: 0 | 1, _a: number, b: number, value: number): number {
    // -(a / b) / b, not -a / (b * b): b * b under- or overflows for |b| < 1e-154 or > 1e154
    return operand === 0 ? 1 / b : -value / b;
  }
  partialDerivative(operand: 0 | 1, { num, div, neg, pow }: Build): Expression {
    return operand === 0 ? div(num(1), this.right) : neg(div(this.left, pow(this.right, num(2))));
  }
}
