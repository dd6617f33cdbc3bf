import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { num } from "../../simplify/build.js";

/** step(u): 1 where u > 0, else 0 (Heaviside). The derivative of relu(u). */
export class Step extends UnaryFunction {
  readonly name = "step";
  compute(u: number): number {
    return u > 0 ? 1 : 0;
  }
  // d/du step(u) = 0 (away from 0)
  outer(_u: number, _value: number): number {
    return 0;
  }
  outerDerivative(): Expression {
    return num(0);
  }
  emit(u: string): string {
    return `(${u} > 0 ? 1 : 0)`;
  }
}
