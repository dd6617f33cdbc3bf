import { BinaryOperator, type Build, type Expression } from "../BinaryOperator.js";

/**
 * a ^ b. The two partials are used separately: when the exponent does not vary, only the power rule
 * is used, so x^2 differentiates at x <= 0 (the course's version went through log(x) and failed).
 */
export class Power extends BinaryOperator {
  compute(a: number, b: number): number {
    return a ** b;
  }
  // power rule: d(a^b)/da = b a^(b-1);  exponential rule: d(a^b)/db = a^b ln(a)
  partial(operand: 0 | 1, a: number, b: number, value: number): number {
    if (operand === 0) return b === 0 ? 0 : b * a ** (b - 1);
    // 0^b is 0 for every b > 0, so its slope in b is 0 (not 0 * log(0) = NaN)
    return a === 0 && b > 0 ? 0 : value * Math.log(a);
  }
  partialDerivative(operand: 0 | 1, { num, mul, pow, sub, log }: Build): Expression {
    if (operand === 0) return mul(this.right, pow(this.left, sub(this.right, num(1))));
    return mul(this, log(this.left));
  }
}
