import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { Cosine } from "./Cosine.js";

/** sin(u) */
export class Sine extends UnaryFunction {
  readonly name = "sin";
  compute(u: number): number {
    return Math.sin(u);
  }
  // d/du sin(u) = cos(u)
  outer(u: number, _value: number): number {
    return Math.cos(u);
  }
  outerDerivative(): Expression {
    return new Cosine(this.operand);
  }
  emit(u: string): string {
    return `Math.sin(${u})`;
  }
}
