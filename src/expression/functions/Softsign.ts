import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { AbsoluteValue } from "./AbsoluteValue.js";

/** softsign(u) = u / (1 + |u|) */
export class Softsign extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "softsign";
  compute(u: number): number {
    return u / (1 + Math.abs(u));
  }
  // d/du softsign(u) = 1 / (1 + |u|)^2 (the u sign(u) terms of the quotient rule cancel: u sign(u) = |u|)
  outer(u: number): number {
    const d = 1 + Math.abs(u);
    return 1 / (d * d);
  }
  outerDerivative({ num, add, div, pow }: Build): Expression {
    return div(num(1), pow(add(new AbsoluteValue(this.operand), num(1)), num(2)));
  }
}
