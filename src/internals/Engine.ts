import type { Env, Expression } from "../expression/Expression.js";
import type { CompileOptions, CompiledExpression } from "../compile/CompiledExpression.js";

/** What Expression's own methods call: the constructors of its subclasses and the sweeps over them. */
export interface Engine {
  constant(value: number): Expression;
  build(operator: "add" | "sub" | "mul" | "div" | "pow", left: Expression, right: Expression): Expression;
  neg(operand: Expression): Expression;
  evaluate(root: Expression, env: Env): number;
  diff(root: Expression, env: Env, wrt: string): number;
  gradient(root: Expression, env: Env): Record<string, number>;
  derivative(root: Expression, wrt: string): Expression;
  simplify(root: Expression): Expression;
  backward(root: Expression, seed: number): void;
  variables(root: Expression): string[];
  toText(root: Expression): string;
  toLatex(root: Expression): string;
  compile(root: Expression, options: CompileOptions): CompiledExpression;
}
