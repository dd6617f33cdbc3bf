import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";

/** The root taken when none is given, as mathjs's nthRoot(a) has it: the square root. */
export const DEFAULT_ROOT = 2;

/**
 * nthRoot(u, n), the real n-th root: u^(1/n) for u >= 0, and -(-u)^(1/n) for u < 0 when n is odd
 * (nthRoot(-8, 3) = -2, as mathjs has it); NaN for u < 0 and any other n.
 */
export class NthRoot extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "nthRoot";
  constructor(
    operand: Expression,
    readonly n: number = DEFAULT_ROOT,
  ) {
    super(operand);
  }
  // what identifies it besides its operand, and what withOperand hands back to the constructor
  override get attributes(): readonly (string | number)[] {
    return [this.n];
  }
  compute(u: number): number {
    const n = this.n;
    return u < 0 && Number.isInteger(n) && n % 2 !== 0 ? -((-u) ** (1 / n)) : u ** (1 / n);
  }
  // d/du nthRoot(u, n) = 1 / (n nthRoot(u, n)^(n - 1)): Infinity at u = 0 for n > 1
  outer(_u: number, value: number): number {
    return 1 / (this.n * value ** (this.n - 1));
  }
  outerDerivative({ num, mul, div, pow }: Build): Expression {
    return div(num(1), mul(num(this.n), pow(this, num(this.n - 1))));
  }
}
