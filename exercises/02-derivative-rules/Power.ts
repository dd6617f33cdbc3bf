import { Expression, type Env } from "../../src/index.js";

/** u ^ v, the course's way (see Multiplication.ts). Both the base and the exponent may hold variables. */
export class Power extends Expression {
  constructor(
    readonly base: Expression,
    readonly exponent: Expression,
  ) {
    super();
  }

  override eval(env: Env): number {
    // TODO: the value of base raised to the value of exponent
    throw new Error("TODO(02.5): the value of base raised to the value of exponent");
  }

  // (u^v)' = v u^(v-1) u' + u^v ln(u) v'
  override diff(env: Env, wrt: string): number {
    // TODO: the power rule for the base plus the exponential rule for the exponent
    throw new Error("TODO(02.6): the power rule for the base plus the exponential rule for the exponent");
  }
}
