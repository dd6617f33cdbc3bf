import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** -u: a function of one operand like any other; only the printers' tables write it as a prefix. */
export class Negation extends UnaryFunction {
  compute(u: number): number {
    return -u;
  }
  // d/du (-u) = -1
  outer(): number {
    return -1;
  }
  outerDerivative(build: Build): Expression {
    return build.num(-1);
  }
}
