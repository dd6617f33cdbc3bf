import type { Expression } from "../expression/Expression.js";
import type { CompileOptions, CompiledExpression } from "../compile/CompiledExpression.js";

/**
 * What Expression's own methods need from its subclasses and from the modules built on them.
 *
 * Why this exists: `x.add(y)` builds an Addition, and Addition extends Expression. An ES module
 * cannot import its own subclasses (the subclass would be evaluated before its base class exists),
 * so Expression looks these up when a method is called. `src/expression/wiring.ts` fills it in,
 * and `src/index.ts` imports that first.
 */
export interface LateBound {
  constant(value: number): Expression;
  add(left: Expression, right: Expression): Expression;
  sub(left: Expression, right: Expression): Expression;
  mul(left: Expression, right: Expression): Expression;
  div(left: Expression, right: Expression): Expression;
  pow(base: Expression, exponent: Expression): Expression;
  neg(operand: Expression): Expression;
  derivative(expression: Expression, wrt: string): Expression;
  simplify(expression: Expression): Expression;
  toText(expression: Expression): string;
  toLatex(expression: Expression): string;
  compile(expression: Expression, options: CompileOptions): CompiledExpression;
}

let provided: LateBound | undefined;

export function provide(implementation: LateBound): void {
  provided = implementation;
}

export function late(): LateBound {
  if (provided === undefined) {
    throw new Error("gradkit's node classes are not loaded: import from the package (src/index.ts), not from a single node file");
  }
  return provided;
}
