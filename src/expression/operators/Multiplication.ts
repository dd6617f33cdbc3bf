import { BinaryOperator, type Expression } from "../BinaryOperator.js";

/** a * b */
export class Multiplication extends BinaryOperator {
  compute(a: number, b: number): number {
    return a * b;
  }
  // product rule: d(a * b)/da = b, d(a * b)/db = a
  partial(operand: 0 | 1, a: number, b: number): number {
    return operand === 0 ? b : a;
  }
  partialDerivative(operand: 0 | 1): Expression {
    return operand === 0 ? this.right : this.left;
  }
}
