import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Constant } from "../Constant.js";
import { erf } from "../../numerics/erf.js";
import { Exponential } from "./Exponential.js";

/** erf(u) = 2/sqrt(pi) * integral from 0 to u of e^(-t^2) dt */
export class ErrorFunction extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "erf";
  compute(u: number): number {
    return erf(u);
  }
  // d/du erf(u) = 2/sqrt(pi) e^(-u^2)
  outer(u: number): number {
    return TWO_OVER_SQRT_PI * Math.exp(-u * u);
  }
  outerDerivative({ num, mul, div, neg, pow }: Build): Expression {
    const sqrtPi = pow(new Constant(Math.PI, "pi"), div(num(1), num(2)));
    return div(mul(num(2), new Exponential(neg(pow(this.operand, num(2))))), sqrtPi);
  }
}

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
