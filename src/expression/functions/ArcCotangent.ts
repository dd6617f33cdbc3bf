import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** acot(u) = atan(1 / u), in (-pi/2, pi/2] as SymPy and mathjs have it (formulas may write `arccot`) */
export class ArcCotangent extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "acot";
  compute(u: number): number {
    return Math.atan(1 / u);
  }
  // d/du acot(u) = -1 / (1 + u^2)
  outer(u: number): number {
    return -1 / (1 + u * u);
  }
  outerDerivative({ num, add, div, pow }: Build): Expression {
    return div(num(-1), add(pow(this.operand, num(2)), num(1)));
  }
}
