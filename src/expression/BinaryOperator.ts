import { Expression } from "./Expression.js";
import type { BinaryRules } from "../internals/protocol.js";

/**
 * a op b. A subclass gives its value and both partial derivatives, as numbers (`partials`) and as
 * Expressions (`partialDerivative`); the chain rule is applied once, by the traversals in src/autodiff/.
 */
export abstract class BinaryOperator extends Expression implements BinaryRules {
  /** The symbol a formula uses: "+", "*", ... */
  abstract readonly symbol: string;

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
  /** d(a op b)/da into out[0] and d(a op b)/db into out[1]; `value` is a op b. */
  abstract partials(a: number, b: number, value: number, out: Float64Array): void;
  /** d(a op b)/da (operand 0) or d(a op b)/db (operand 1), as an Expression. */
  abstract partialDerivative(operand: 0 | 1): Expression;
  /** JavaScript for the operation on the locals named `a` and `b`, for compile(). */
  abstract emit(a: string, b: string): string;

  /** The same operator on other operands. */
  withOperands(left: Expression, right: Expression): BinaryOperator {
    const Same = this.constructor as new (left: Expression, right: Expression) => BinaryOperator;
    return new Same(left, right);
  }
}
