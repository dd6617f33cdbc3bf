import { Expression, type Env } from "../../src/index.js";

/** sin(u), the course's way: the outer derivative times the operand's derivative (the chain rule). */
export class Sine extends Expression {
  constructor(readonly operand: Expression) {
    super();
  }

  override eval(env: Env): number {
    // BEGIN SOLUTION TODO(03.1): sin of the operand's value
    return Math.sin(this.operand.eval(env));
    // END SOLUTION
  }

  // chain rule: d/dx sin(u) = cos(u) * du/dx
  override diff(env: Env, wrt: string): number {
    // BEGIN SOLUTION TODO(03.2): the outer derivative cos(u) times the operand's derivative
    return Math.cos(this.operand.eval(env)) * this.operand.diff(env, wrt);
    // END SOLUTION
  }
}
