import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Constant } from "../Constant.js";
import { erfc } from "../../numerics/erf.js";
import { ErrorFunction } from "./ErrorFunction.js";
import { Exponential } from "./Exponential.js";

/** gelu(u) = u Phi(u), Phi the standard normal CDF: (1 + erf(u / sqrt(2))) / 2 (the exact GELU, not tanh's) */
export class Gelu extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "gelu";
  compute(u: number): number {
    return u * normalCdf(u);
  }
  // product rule: d/du u Phi(u) = Phi(u) + u phi(u), phi(u) = e^(-u^2 / 2) / sqrt(2 pi) the normal density
  outer(u: number): number {
    return normalCdf(u) + u * INV_SQRT_2PI * Math.exp(-0.5 * u * u);
  }
  outerDerivative({ num, add, mul, div, neg, pow }: Build): Expression {
    const u = this.operand;
    const half = div(num(1), num(2));
    // (1 + erf(u / sqrt(2))) / 2 + u e^(-u^2 / 2) / sqrt(2 pi), as a textbook (and SymPy) writes it
    const cdf = div(add(num(1), new ErrorFunction(div(u, pow(num(2), half)))), num(2));
    const density = div(
      new Exponential(div(neg(pow(u, num(2))), num(2))),
      pow(mul(num(2), new Constant(Math.PI, "pi")), half),
    );
    return add(cdf, mul(u, density));
  }
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Phi(u) = erfc(-u / sqrt(2)) / 2: erfc keeps the far left tail (Phi(-10) = 7.6e-24) instead of 1 - 1 = 0. */
function normalCdf(u: number): number {
  return 0.5 * erfc(-u * Math.SQRT1_2);
}
