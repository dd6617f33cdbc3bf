import { Expression } from "./Expression.js";
import type { UnaryRules } from "../internals/protocol.js";

/**
 * f(u): a function of one operand. A subclass gives only its *outer* derivative f'(u), as a number
 * (`outer`) and as an Expression (`outerDerivative`); the chain rule (times du) is applied once, by the
 * traversals in src/autodiff/, for every function alike.
 */
export abstract class UnaryFunction extends Expression implements UnaryRules {
  /** The name a formula uses: "sin", "log", ... */
  abstract readonly name: string;

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
  /** f'(u) as an Expression of `this.operand` (and of `this`, when f' is easiest in terms of f). */
  abstract outerDerivative(): Expression;
  /** JavaScript for f applied to the local named `u`, for compile(). */
  abstract emit(u: string): string;

  /** The same function applied to another operand (keeps any parameter, such as a slope). */
  withOperand(operand: Expression): UnaryFunction {
    const Same = this.constructor as new (operand: Expression) => UnaryFunction;
    return new Same(operand);
  }
}
