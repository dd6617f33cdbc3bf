import { Expression, type Env } from "../../src/index.js";

/** sigmoid(u) = 1 / (1 + e^-u), the course's way. */
export class Sigmoid extends Expression {
  constructor(readonly operand: Expression) {
    super();
  }

  override eval(env: Env): number {
    // TODO: 1 / (1 + e^-u) of the operand's value u
    throw new Error("TODO(03.3): 1 / (1 + e^-u) of the operand's value u");
  }

  // chain rule: d/dx sigmoid(u) = sigmoid(u) (1 - sigmoid(u)) * du/dx
  override diff(env: Env, wrt: string): number {
    // TODO: the outer derivative s (1 - s), with s = sigmoid(u), times the operand's derivative
    throw new Error("TODO(03.4): the outer derivative s (1 - s), with s = sigmoid(u), times the operand's derivative");
  }
}
