import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** sigmoid(u) = 1 / (1 + e^-u) */
export class Sigmoid extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "sigmoid";
  compute(u: number): number {
    return sigmoidOf(u);
  }
  // d/du sigmoid(u) = sigmoid(u) (1 - sigmoid(u)), from the value: it never overflows
  // (the course's e^-u / (1 + e^-u)^2 gave NaN at u = -1000)
  outer(_u: number, value: number): number {
    return value * (1 - value);
  }
  outerDerivative({ num, mul, sub }: Build): Expression {
    return mul(this, sub(num(1), this));
  }
}

/** 1 / (1 + e^-u), in whichever form keeps e^... from overflowing (compiled code calls it too). */
export function sigmoidOf(u: number): number {
  return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
}
