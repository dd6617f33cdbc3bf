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

// ---- more trigonometric and hyperbolic functions, their inverses, logs, roots, erf and activations ----

/** sec(u) = 1 / cos(u) @example sec(variable("x")).eval({ x: 0 }) // 1 */
export const sec = (u: Operand): Expression => new nodes.Secant(lift(u));
/** csc(u) = 1 / sin(u) @example csc(variable("x")).eval({ x: Math.PI / 2 }) // 1 */
export const csc = (u: Operand): Expression => new nodes.Cosecant(lift(u));
/** cot(u) = cos(u) / sin(u) @example cot(variable("x")).eval({ x: Math.PI / 4 }) // 1.0000000000000002 */
export const cot = (u: Operand): Expression => new nodes.Cotangent(lift(u));
/** arcsin @example asin(variable("x")).eval({ x: 1 }) // 1.5707963267948966 */
export const asin = (u: Operand): Expression => new nodes.ArcSine(lift(u));
/** arccos @example acos(variable("x")).eval({ x: 1 }) // 0 */
export const acos = (u: Operand): Expression => new nodes.ArcCosine(lift(u));
/** arctan @example atan(variable("x")).eval({ x: 1 }) // 0.7853981633974483 */
export const atan = (u: Operand): Expression => new nodes.ArcTangent(lift(u));
/** arccot, atan(1 / u) @example acot(variable("x")).eval({ x: 1 }) // 0.7853981633974483 */
export const acot = (u: Operand): Expression => new nodes.ArcCotangent(lift(u));
/** arcsec, acos(1 / u) @example asec(variable("x")).eval({ x: 1 }) // 0 */
export const asec = (u: Operand): Expression => new nodes.ArcSecant(lift(u));
/** arccsc, asin(1 / u) @example acsc(variable("x")).eval({ x: 1 }) // 1.5707963267948966 */
export const acsc = (u: Operand): Expression => new nodes.ArcCosecant(lift(u));
/** @example sinh(variable("x")).eval({ x: 0 }) // 0 */
export const sinh = (u: Operand): Expression => new nodes.HyperbolicSine(lift(u));
/** @example cosh(variable("x")).eval({ x: 0 }) // 1 */
export const cosh = (u: Operand): Expression => new nodes.HyperbolicCosine(lift(u));
/** coth(u) = 1 / tanh(u) @example coth(variable("x")).eval({ x: 1 }) // 1.3130352854993312 */
export const coth = (u: Operand): Expression => new nodes.HyperbolicCotangent(lift(u));
/** sech(u) = 1 / cosh(u) @example sech(variable("x")).eval({ x: 0 }) // 1 */
export const sech = (u: Operand): Expression => new nodes.HyperbolicSecant(lift(u));
/** csch(u) = 1 / sinh(u) @example csch(variable("x")).eval({ x: 1 }) // 0.8509181282393216 */
export const csch = (u: Operand): Expression => new nodes.HyperbolicCosecant(lift(u));
/** @example asinh(variable("x")).eval({ x: 0 }) // 0 */
export const asinh = (u: Operand): Expression => new nodes.InverseHyperbolicSine(lift(u));
/** @example acosh(variable("x")).eval({ x: 1 }) // 0 */
export const acosh = (u: Operand): Expression => new nodes.InverseHyperbolicCosine(lift(u));
/** @example atanh(variable("x")).eval({ x: 0 }) // 0 */
export const atanh = (u: Operand): Expression => new nodes.InverseHyperbolicTangent(lift(u));
/** acoth(u) = atanh(1 / u) @example acoth(variable("x")).eval({ x: 2 }) // 0.5493061443340548 */
export const acoth = (u: Operand): Expression => new nodes.InverseHyperbolicCotangent(lift(u));
/** Base-10 logarithm. @example log10(variable("x")).eval({ x: 1000 }) // 3 */
export const log10 = (u: Operand): Expression => new nodes.Log10(lift(u));
/** Base-2 logarithm. @example log2(variable("x")).eval({ x: 8 }) // 3 */
export const log2 = (u: Operand): Expression => new nodes.Log2(lift(u));
/** The real cube root. @example cbrt(variable("x")).eval({ x: -8 }) // -2 */
export const cbrt = (u: Operand): Expression => new nodes.CubeRoot(lift(u));
/** The real n-th root (n = 2 by default). @example nthRoot(variable("x"), 3).eval({ x: -8 }) // -2 */
export const nthRoot = (u: Operand, n: number = nodes.DEFAULT_ROOT): Expression => new nodes.NthRoot(lift(u), n);
/** The error function. @example erf(variable("x")).eval({ x: 1 }) // 0.8427007929497149 */
export const erf = (u: Operand): Expression => new nodes.ErrorFunction(lift(u));
/** ln(1 + e^u), computed stably. @example softplus(variable("x")).eval({ x: 1000 }) // 1000 */
export const softplus = (u: Operand): Expression => new nodes.Softplus(lift(u));
/** u sigmoid(u), also called silu. @example swish(variable("x")).eval({ x: 0 }) // 0 */
export const swish = (u: Operand): Expression => new nodes.Swish(lift(u));
/** u Phi(u), the exact GELU. @example gelu(variable("x")).eval({ x: 1 }) // 0.8413447460685429 */
export const gelu = (u: Operand): Expression => new nodes.Gelu(lift(u));
/** u for u > 0, alpha (e^u - 1) otherwise. @example elu(variable("x")).eval({ x: -1 }) // -0.6321205588285577 */
export const elu = (u: Operand, alpha: number = nodes.DEFAULT_ELU_ALPHA): Expression => new nodes.Elu(lift(u), alpha);
/** u / (1 + |u|) @example softsign(variable("x")).eval({ x: 1 }) // 0.5 */
export const softsign = (u: Operand): Expression => new nodes.Softsign(lift(u));
