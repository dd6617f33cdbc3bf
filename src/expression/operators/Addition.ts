import { BinaryOperator } from "../BinaryOperator.js";
import type { Expression } from "../Expression.js";
import { one } from "../../simplify/build.js";

/** a + b */
export class Addition extends BinaryOperator {
  readonly symbol = "+";
  compute(a: number, b: number): number {
    return a + b;
  }
  // sum rule: d(a + b) = da + db
  partials(_a: number, _b: number, _value: number, out: Float64Array): void {
    out[0] = 1;
    out[1] = 1;
  }
  partialDerivative(): Expression {
    return one();
  }
  emit(a: string, b: string): string {
    return `${a} + ${b}`;
  }
}
