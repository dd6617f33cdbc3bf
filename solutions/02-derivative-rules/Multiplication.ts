import { Expression, type Env } from "../../src/index.js";

/**
 * u * v, written the course's way: a node that computes its own value and derivative by asking its
 * operands for theirs. It works inside the library's trees: `new Multiplication(x, y).add(1).eval(env)`.
 */
export class Multiplication extends Expression {
  constructor(
    readonly left: Expression,
    readonly right: Expression,
  ) {
    super();
  }

  override eval(env: Env): number {
    // BEGIN SOLUTION TODO(02.1): the value of left times the value of right
    return this.left.eval(env) * this.right.eval(env);
    // END SOLUTION
  }

  // product rule: (uv)' = u'v + uv'
  override diff(env: Env, wrt: string): number {
    // BEGIN SOLUTION TODO(02.2): the product rule, from the operands' values and derivatives
    const u = this.left.eval(env);
    const v = this.right.eval(env);
    return this.left.diff(env, wrt) * v + u * this.right.diff(env, wrt);
    // END SOLUTION
  }
}
