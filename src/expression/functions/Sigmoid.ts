import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { mul, num, sub } from "../../simplify/build.js";

/** sigmoid(u) = 1 / (1 + e^-u), computed without overflow for large |u|. */
export class Sigmoid extends UnaryFunction {
  readonly name = "sigmoid";
  compute(u: number): number {
    return sigmoidOf(u);
  }
  // d/du sigmoid(u) = sigmoid(u) (1 - sigmoid(u)): from the value, so it never overflows (the course's e^-u / (1 + e^-u)^2 gave NaN at u = -1000)
  outer(_u: number, value: number): number {
    return value * (1 - value);
  }
  outerDerivative(): Expression {
    return mul(this, sub(num(1), this));
  }
  emit(u: string): string {
    return `(${u} >= 0 ? 1 / (1 + Math.exp(-${u})) : Math.exp(${u}) / (1 + Math.exp(${u})))`;
  }
}

/** 1 / (1 + e^-u) as a number, in whichever form keeps e^... from overflowing. */
export function sigmoidOf(u: number): number {
  return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
}
