import { BinaryOperator, type Build, type Expression } from "../BinaryOperator.js";

/** a - b */
export class Subtraction extends BinaryOperator {
  compute(a: number, b: number): number {
    return a - b;
  }
  // difference rule: d(a - b)/da = 1, d(a - b)/db = -1
  partial(operand: 0 | 1): number {
    return operand === 0 ? 1 : -1;
  }
  partialDerivative(operand: 0 | 1, build: Build): Expression {
    return build.num(operand === 0 ? 1 : -1);
  }
}
