import { Expression, type Env } from "../../src/index.js";

/** u / v, the course's way (see Multiplication.ts). */
export class Division extends Expression {
  constructor(
    readonly left: Expression,
    readonly right: Expression,
  ) {
    super();
  }

  override eval(env: Env): number {
    // BEGIN SOLUTION TODO(02.3): the value of left divided by the value of right
    return this.left.eval(env) / this.right.eval(env);
    // END SOLUTION
  }

  // quotient rule: (u/v)' = (u'v - uv') / v^2
  override diff(env: Env, wrt: string): number {
    // BEGIN SOLUTION TODO(02.4): the quotient rule, from the operands' values and derivatives
    const u = this.left.eval(env);
    const v = this.right.eval(env);
    return (this.left.diff(env, wrt) * v - u * this.right.diff(env, wrt)) / (v * v);
    // END SOLUTION
  }
}
