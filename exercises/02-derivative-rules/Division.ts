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
    // TODO: the value of left divided by the value of right
    throw new Error("TODO(02.3): the value of left divided by the value of right");
  }

  // quotient rule: (u/v)' = (u'v - uv') / v^2
  override diff(env: Env, wrt: string): number {
    // TODO: the quotient rule, from the operands' values and derivatives
    throw new Error("TODO(02.4): the quotient rule, from the operands' values and derivatives");
  }
}
