import type { Env } from "../expression/Expression.js";

/**
 * The local rules each kind of node gives the traversals in src/autodiff/. A node supplies only
 * its own step; the traversals apply the chain rule once, for every node alike.
 */

/** A node without operands: a constant, a variable, or a course-style node that evaluates itself. */
export interface LeafRules {
  leafValue(env: Env): number;
  leafTangent(env: Env, wrt: string): number;
  /** The variable's name, for Variable leaves only. */
  readonly variableName: string | undefined;
}

/** f(u): its value and its outer derivative f'(u); `value` is f(u), handy for exp and sigmoid. */
export interface UnaryRules {
  compute(u: number): number;
  outer(u: number, value: number): number;
}

/** a op b: its value and both partial derivatives, written into `out` to avoid an allocation per node. */
export interface BinaryRules {
  compute(a: number, b: number): number;
  partials(a: number, b: number, value: number, out: Float64Array): void;
}
