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
    // TODO: the value of left times the value of right
    throw new Error("TODO(02.1): the value of left times the value of right");
  }

  // product rule: (uv)' = u'v + uv'
  override diff(env: Env, wrt: string): number {
    // TODO: the product rule, from the operands' values and derivatives
    throw new Error("TODO(02.2): the product rule, from the operands' values and derivatives");
  }
}
