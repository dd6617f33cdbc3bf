import { MissingVariableError } from "../errors/MissingVariableError.js";
import { Expression, type Env } from "./Expression.js";

/**
 * A named input, the course's `expression("x")`. Two Variables with the same name are the same
 * variable: derivatives and gradients go by name.
 * @example variable("x").eval({ x: 10 }) // 10
 */
export class Variable extends Expression {
  constructor(readonly name: string) {
    super();
  }

  override get attributes(): readonly (string | number)[] {
    return [this.name];
  }
  override eval(env: Env): number {
    // own properties only: a variable named "constructor" must not find Object.prototype's
    const value = Object.hasOwn(env, this.name) ? env[this.name] : undefined;
    if (typeof value !== "number") {
      if (value === undefined) throw new MissingVariableError(this.name, Object.keys(env));
      throw new TypeError(`Variable "${this.name}" must be a number, got ${typeof value}`);
    }
    return value;
  }
  // dx/dx = 1, dy/dx = 0
  override diff(env: Env, wrt: string | { readonly name: string }): number {
    this.eval(env); // a missing variable is reported here too
    return this.name === (typeof wrt === "string" ? wrt : wrt.name) ? 1 : 0;
  }
}
