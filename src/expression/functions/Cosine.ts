import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { Sine } from "./Sine.js";
import { neg } from "../../simplify/build.js";

/** cos(u) */
export class Cosine extends UnaryFunction {
  readonly name = "cos";
  compute(u: number): number {
    return Math.cos(u);
  }
  // d/du cos(u) = -sin(u)
  outer(u: number, _value: number): number {
    return -Math.sin(u);
  }
  outerDerivative(): Expression {
    return neg(new Sine(this.operand));
  }
  emit(u: string): string {
    return `Math.cos(${u})`;
  }
}
