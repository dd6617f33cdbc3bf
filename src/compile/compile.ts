import type { Expression } from "../expression/Expression.js";
import type { CompileOptions, CompiledExpression } from "./CompiledExpression.js";

export function compile(expression: Expression, options: CompileOptions = {}): CompiledExpression {
  void expression;
  void options;
  throw new Error("compile: being written");
}
