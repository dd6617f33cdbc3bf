import { Expression, type Env } from "../../src/index.js";

/** relu(u) = max(0, u), the course's way. */
export class Relu extends Expression {
  constructor(readonly operand: Expression) {
    super();
  }

  override eval(env: Env): number {
    // BEGIN SOLUTION TODO(03.7): max(0, u) of the operand's value u
    return Math.max(0, this.operand.eval(env));
    // END SOLUTION
  }

  // chain rule: d/dx relu(u) = step(u) * du/dx, where step(u) is 1 for u > 0 and 0 otherwise (0 at u = 0)
  override diff(env: Env, wrt: string): number {
    // BEGIN SOLUTION TODO(03.8): the outer derivative step(u) times the operand's derivative
    return this.operand.eval(env) > 0 ? this.operand.diff(env, wrt) : 0;
    // END SOLUTION
  }
}
