import type { Expression } from "../expression/Expression.js";

/** One step of a derivation: which rule, applied to which sub-expression, giving which derivative. */
export interface DerivationStep {
  /** A short id: "sum", "difference", "constant multiple", "product", "quotient", "power", "chain", "exp", ... */
  readonly rule: string;
  /** One English sentence: the rule in words and symbols. */
  readonly description: string;
  /** The sub-expression the rule applies to. */
  readonly expression: Expression;
  /** Its derivative, in canonical form (for "chain"'s outer step: the outer derivative f'(u)). */
  readonly result: Expression;
  /** Nesting level, for indentation: a rule's operands are one level deeper. */
  readonly depth: number;
}
