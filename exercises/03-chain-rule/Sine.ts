import { Expression, type Env } from "../../src/index.js";

/** sin(u), the course's way: the outer derivative times the operand's derivative (the chain rule). */
export class Sine extends Expression {
  constructor(readonly operand: Expression) {
    super();
  }

  override eval(env: Env): number {
    // TODO: sin of the operand's value
    throw new Error("TODO(03.1): sin of the operand's value");
  }

  // chain rule: d/dx sin(u) = cos(u) * du/dx
  override diff(env: Env, wrt: string): number {
    // TODO: the outer derivative cos(u) times the operand's derivative
    throw new Error("TODO(03.2): the outer derivative cos(u) times the operand's derivative");
  }
}
