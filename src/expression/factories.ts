// the node classes, connected to Expression's methods (see src/internals/nodes.ts)
import * as nodes from "../internals/nodes.js";
import { lift, type Expression, type Operand } from "./Expression.js";
import type { Constant } from "./Constant.js";
import type { Variable } from "./Variable.js";

/**
 * The course's way to make a variable.
 * @example expression("x").eval({ x: 10 }) // 10
 */
export const expression = (name: string): Variable => new nodes.Variable(name);

/** A named input. Same as `expression(name)`. @example variable("x").mul(2).eval({ x: 3 }) // 6 */
export const variable = (name: string): Variable => new nodes.Variable(name);

/** A number. @example constant(2).mul(variable("x")).add(1) // 2 * x + 1 */
export const constant = (value: number): Constant => new nodes.Constant(value);

/** e^u @example exp(variable("x")).eval({ x: 0 }) // 1 */
export const exp = (u: Operand): Expression => new nodes.Exponential(lift(u));
/** Natural logarithm. @example log(variable("x")).eval({ x: Math.E }) // 1 */
export const log = (u: Operand): Expression => new nodes.NaturalLog(lift(u));
/** @example sin(variable("x")).eval({ x: 0 }) // 0 */
export const sin = (u: Operand): Expression => new nodes.Sine(lift(u));
/** @example cos(variable("x")).eval({ x: 0 }) // 1 */
export const cos = (u: Operand): Expression => new nodes.Cosine(lift(u));
/** @example tan(variable("x")).eval({ x: 0 }) // 0 */
export const tan = (u: Operand): Expression => new nodes.Tangent(lift(u));
/** @example tanh(variable("x")).eval({ x: 0 }) // 0 */
export const tanh = (u: Operand): Expression => new nodes.HyperbolicTangent(lift(u));
/** @example sigmoid(variable("x")).eval({ x: 0 }) // 0.5 */
export const sigmoid = (u: Operand): Expression => new nodes.Sigmoid(lift(u));
/** max(u, 0) @example relu(variable("x")).eval({ x: -2 }) // 0 */
export const relu = (u: Operand): Expression => new nodes.Relu(lift(u));
/** u for u > 0, slope * u otherwise. @example leakyRelu(variable("x")).eval({ x: -5 }) // -0.005 */
export const leakyRelu = (u: Operand, slope: number = nodes.DEFAULT_LEAKY_SLOPE): Expression =>
  new nodes.LeakyRelu(lift(u), slope);
/** The identity activation. @example linear(variable("x")).eval({ x: 3 }) // 3 */
export const linear = (u: Operand): Expression => new nodes.Linear(lift(u));
/** @example sqrt(variable("x")).eval({ x: 9 }) // 3 */
export const sqrt = (u: Operand): Expression => new nodes.SquareRoot(lift(u));
/** |u| @example abs(variable("x")).eval({ x: -2 }) // 2 */
export const abs = (u: Operand): Expression => new nodes.AbsoluteValue(lift(u));
