import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { add, num, pow } from "../../simplify/build.js";

/** tan(u) */
export class Tangent extends UnaryFunction {
  readonly name = "tan";
  compute(u: number): number {
    return Math.tan(u);
  }
  // d/du tan(u) = sec^2(u) = 1 + tan^2(u)
  outer(_u: number, value: number): number {
    return 1 + value * value;
  }
  outerDerivative(): Expression {
    return add(num(1), pow(this, num(2)));
  }
  emit(u: string): string {
    return `Math.tan(${u})`;
  }
}
