import { UnaryFunction, type Build, type Expression } from "../UnaryFunction.js";
import { Step } from "./Step.js";

/** The course's slope for negative inputs. */
export const DEFAULT_LEAKY_SLOPE = 0.001;

/**
 * leakyRelu(u) = u for u > 0, slope * u otherwise. At u = -5 it is -0.005 with the default slope
 * (the course's version returned the constant 0.001 instead of 0.001 * u).
 */
export class LeakyRelu extends UnaryFunction {
  /** The name a formula calls it by. */
  readonly name = "leakyRelu";
  constructor(
    operand: Expression,
    readonly slope: number = DEFAULT_LEAKY_SLOPE,
  ) {
    super(operand);
  }
  // what identifies it besides its operand, and what withOperand hands back to the constructor
  override get attributes(): readonly (string | number)[] {
    return [this.slope];
  }
  compute(u: number): number {
    return u > 0 ? u : this.slope * u;
  }
  // d/du leakyRelu(u) = 1 for u > 0, slope otherwise: slope + (1 - slope) step(u)
  outer(u: number): number {
    return u > 0 ? 1 : this.slope;
  }
  outerDerivative({ num, add, mul }: Build): Expression {
    return add(num(this.slope), mul(num(1 - this.slope), new Step(this.operand)));
  }
}
