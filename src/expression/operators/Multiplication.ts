import { BinaryOperator } from "../BinaryOperator.js";
import type { Expression } from "../Expression.js";

/** a * b */
export class Multiplication extends BinaryOperator {
  readonly symbol = "*";
  compute(a: number, b: number): number {
    return a * b;
  }
  // product rule: d(ab) = b da + a db
  partials(a: number, b: number, _value: number, out: Float64Array): void {
    out[0] = b;
    out[1] = a;
  }
  partialDerivative(operand: 0 | 1): Expression {
    return operand === 0 ? this.right : this.left;
  }
  emit(a: string, b: string): string {
    return `${a} * ${b}`;
  }
}
