import { BinaryOperator, type Build, type Expression } from "../BinaryOperator.js";

/** a + b */
export class Addition extends BinaryOperator {
  compute(a: number, b: number): number {
    return a + b;
  }
  // sum rule: d(a + b)/da = 1, d(a + b)/db = 1
  partial(): number {
    return 1;
  }
  partialDerivative(_operand: 0 | 1, build: Build): Expression {
    return build.num(1);
  }
}
