import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { num } from "../../simplify/build.js";

/** linear(u) = u, the identity activation. */
export class Linear extends UnaryFunction {
  readonly name = "linear";
  compute(u: number): number {
    return u;
  }
  // d/du u = 1
  outer(_u: number, _value: number): number {
    return 1;
  }
  outerDerivative(): Expression {
    return num(1);
  }
  emit(u: string): string {
    return `${u}`;
  }
}
