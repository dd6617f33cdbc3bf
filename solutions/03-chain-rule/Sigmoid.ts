import { Expression, type Env } from "../../src/index.js";

/** sigmoid(u) = 1 / (1 + e^-u), the course's way. */
export class Sigmoid extends Expression {
  constructor(readonly operand: Expression) {
    super();
  }

  override eval(env: Env): number {
    // BEGIN SOLUTION TODO(03.3): 1 / (1 + e^-u) of the operand's value u
    return 1 / (1 + Math.exp(-this.operand.eval(env)));
    // END SOLUTION
  }

  // chain rule: d/dx sigmoid(u) = sigmoid(u) (1 - sigmoid(u)) * du/dx
  override diff(env: Env, wrt: string): number {
    // BEGIN SOLUTION TODO(03.4): the outer derivative s (1 - s), with s = sigmoid(u), times the operand's derivative
    const s = this.eval(env);
    return s * (1 - s) * this.operand.diff(env, wrt);
    // END SOLUTION
  }
}
