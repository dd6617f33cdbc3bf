import { Expression, type Env } from "./Expression.js";

/**
 * A number in an expression. `pi` and `e` keep their names for printing.
 * @example constant(5).eval({}) // 5
 */
export class Constant extends Expression {
  constructor(
    readonly value: number,
    /** A printable name for a named constant ("pi", "e"); undefined for plain numbers. */
    readonly symbol?: string,
  ) {
    super();
  }

  override get attributes(): readonly (string | number)[] {
    // pi and the number 3.14159... print differently, so they are different constants
    return this.symbol === undefined ? [this.value] : [this.value, this.symbol];
  }
  override eval(_env: Env = {}): number {
    return this.value;
  }
  // d/dx c = 0
  override diff(_env: Env = {}, _wrt?: string | { readonly name: string }): number {
    return 0;
  }
}
