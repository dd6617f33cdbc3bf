import { UnaryFunction } from "../UnaryFunction.js";
import type { Expression } from "../Expression.js";
import { num } from "../../simplify/build.js";

/** -u */
export class Negation extends UnaryFunction {
  readonly name = "-";
  compute(u: number): number {
    return -u;
  }
  // d(-u) = -du
  outer(): number {
    return -1;
  }
  outerDerivative(): Expression {
    return num(-1);
  }
  emit(u: string): string {
    return `-${u}`;
  }
}
