import type { Expression } from "./Expression.js";

/**
 * The constructors a node's symbolic rule builds its derivative with. The derivative sweep passes the
 * simplifying ones of src/simplify/build.ts, so a node file never imports the simplifier.
 */
export interface Build {
  num(value: number): Expression;
  add(a: Expression, b: Expression): Expression;
  sub(a: Expression, b: Expression): Expression;
  mul(a: Expression, b: Expression): Expression;
  div(a: Expression, b: Expression): Expression;
  pow(a: Expression, b: Expression): Expression;
  neg(a: Expression): Expression;
}
