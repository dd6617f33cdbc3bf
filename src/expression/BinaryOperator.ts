import { Expression, type Build } from "./Expression.js";

// a node file needs these two types beside its base class: one import gives all three
export type { Build, Expression };

/**
 * a op b. A subclass gives a op b and its two partial derivatives, as numbers and as Expressions; the
 * chain rule is applied once, in src/autodiff/sweeps.ts.
 */
export abstract class BinaryOperator extends Expression {
  constructor(
    readonly left: Expression,
    readonly right: Expression,
  ) {
    super();
  }

  override get children(): readonly Expression[] {
    return [this.left, this.right];
  }

  /** a op b */
  abstract compute(a: number, b: number): number;
  /** d(a op b)/da (operand 0) or d(a op b)/db (operand 1) at a, b; `value` is a op b. */
  abstract partial(operand: 0 | 1, a: number, b: number, value: number): number;
  /** The same partial as an Expression of `this.left` and `this.right`. */
  abstract partialDerivative(operand: 0 | 1, build: Build): Expression;

  /** The same operator on other operands. */
  withOperands(left: Expression, right: Expression): BinaryOperator {
    const Same = this.constructor as new (left: Expression, right: Expression) => BinaryOperator;
    return new Same(left, right);
  }
}
