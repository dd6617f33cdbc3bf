import { Expression, type Build } from "./Expression.js";

// a node file needs these two types beside its base class: one import gives all three
export type { Build, Expression };

/**
 * f(u): a function of one operand. A subclass gives f(u) and only its *outer* derivative f'(u), as a
 * number and as an Expression; the chain rule (times du) is applied once, in src/autodiff/sweeps.ts.
 */
export abstract class UnaryFunction extends Expression {
  constructor(readonly operand: Expression) {
    super();
  }

  override get children(): readonly Expression[] {
    return [this.operand];
  }

  /** f(u) */
  abstract compute(u: number): number;
  /** f'(u), given `value` = f(u) (exp and sigmoid reuse it). */
  abstract outer(u: number, value: number): number;
  /** f'(u) as an Expression of `this.operand` (or of `this`, when f' is easiest in terms of f). */
  abstract outerDerivative(build: Build): Expression;

  /** The same function applied to another operand, with the same attributes (a leaky relu's slope). */
  withOperand(operand: Expression): UnaryFunction {
    const Same = this.constructor as new (operand: Expression, ...attributes: (string | number)[]) => UnaryFunction;
    return new Same(operand, ...this.attributes);
  }
}
