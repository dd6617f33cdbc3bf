import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { Step } from "./Step.js";

/** relu(u) = max(u, 0) */
export class Relu extends UnaryFunction {
  readonly name = "relu";
  compute(u: number): number {
    return u > 0 ? u : 0;
  }
  // d/du relu(u) = step(u): 1 for u > 0, else 0 (0 at u = 0, by convention)
  outer(u: number, _value: number): number {
    return u > 0 ? 1 : 0;
  }
  outerDerivative(): Expression {
    return new Step(this.operand);
  }
  emit(u: string): string {
    return `(${u} > 0 ? ${u} : 0)`;
  }
}
