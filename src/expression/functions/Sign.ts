import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { num } from "../../simplify/build.js";

/** sign(u): -1, 0 or 1. The derivative of |u|. */
export class Sign extends UnaryFunction {
  readonly name = "sign";
  compute(u: number): number {
    return Math.sign(u);
  }
  // d/du sign(u) = 0 (away from 0)
  outer(_u: number, _value: number): number {
    return 0;
  }
  outerDerivative(): Expression {
    return num(0);
  }
  emit(u: string): string {
    return `Math.sign(${u})`;
  }
}
