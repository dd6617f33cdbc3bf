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
    // BEGIN SOLUTION TODO(02.5): the value of base raised to the value of exponent
    return Math.pow(this.base.eval(env), this.exponent.eval(env));
    // END SOLUTION
  }

  // (u^v)' = v u^(v-1) u' + u^v ln(u) v'
  override diff(env: Env, wrt: string): number {
    // BEGIN SOLUTION TODO(02.6): the power rule for the base plus the exponential rule for the exponent
    const u = this.base.eval(env);
    const v = this.exponent.eval(env);
    const du = this.base.diff(env, wrt);
    const dv = this.exponent.diff(env, wrt);
    const baseTerm = du === 0 ? 0 : v * Math.pow(u, v - 1) * du;
    // Skipped when the exponent is constant, so x^2 at x = -3 never takes log(-3).
    const exponentTerm = dv === 0 ? 0 : Math.pow(u, v) * Math.log(u) * dv;
    return baseTerm + exponentTerm;
    // END SOLUTION
  }
}
