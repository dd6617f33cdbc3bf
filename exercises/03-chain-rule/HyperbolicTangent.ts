import { Expression, type Env } from "../../src/index.js";

/** tanh(u), the course's way. */
export class HyperbolicTangent extends Expression {
  constructor(readonly operand: Expression) {
    super();
  }

  override eval(env: Env): number {
    // TODO: tanh of the operand's value
    throw new Error("TODO(03.5): tanh of the operand's value");
  }

  // chain rule: d/dx tanh(u) = (1 - tanh(u)^2) * du/dx
  override diff(env: Env, wrt: string): number {
    // TODO: the outer derivative 1 - tanh(u)^2 times the operand's derivative
    throw new Error("TODO(03.6): the outer derivative 1 - tanh(u)^2 times the operand's derivative");
  }
}
