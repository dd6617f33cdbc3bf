/**
 * The one ordered internal module: every node class, then the sweeps and printers built on them, and
 * the hand-over of those to Expression's own methods (`x.mul(2)`, `e.derivative("x")`, ...). Each
 * module that gives out expressions imports this one (index, factories, the parser), so the classes are
 * always connected, whichever module is imported first.
 */
import { connectEngine } from "./Engine.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";
import { Negation } from "../expression/operators/Negation.js";
import { NaturalLog } from "../expression/functions/NaturalLog.js";
import { Exponential } from "../expression/functions/Exponential.js";
import { Sine } from "../expression/functions/Sine.js";
import { Cosine } from "../expression/functions/Cosine.js";
import { Tangent } from "../expression/functions/Tangent.js";
import { HyperbolicTangent } from "../expression/functions/HyperbolicTangent.js";
import { Sigmoid } from "../expression/functions/Sigmoid.js";
import { Relu } from "../expression/functions/Relu.js";
import { LeakyRelu, DEFAULT_LEAKY_SLOPE } from "../expression/functions/LeakyRelu.js";
import { Linear } from "../expression/functions/Linear.js";
import { SquareRoot } from "../expression/functions/SquareRoot.js";
import { AbsoluteValue } from "../expression/functions/AbsoluteValue.js";
import { Sign } from "../expression/functions/Sign.js";
import { Step } from "../expression/functions/Step.js";
import { Secant } from "../expression/functions/Secant.js";
import { Cosecant } from "../expression/functions/Cosecant.js";
import { Cotangent } from "../expression/functions/Cotangent.js";
import { ArcSine } from "../expression/functions/ArcSine.js";
import { ArcCosine } from "../expression/functions/ArcCosine.js";
import { ArcTangent } from "../expression/functions/ArcTangent.js";
import { ArcCotangent } from "../expression/functions/ArcCotangent.js";
import { ArcSecant } from "../expression/functions/ArcSecant.js";
import { ArcCosecant } from "../expression/functions/ArcCosecant.js";
import { HyperbolicSine } from "../expression/functions/HyperbolicSine.js";
import { HyperbolicCosine } from "../expression/functions/HyperbolicCosine.js";
import { HyperbolicCotangent } from "../expression/functions/HyperbolicCotangent.js";
import { HyperbolicSecant } from "../expression/functions/HyperbolicSecant.js";
import { HyperbolicCosecant } from "../expression/functions/HyperbolicCosecant.js";
import { InverseHyperbolicSine } from "../expression/functions/InverseHyperbolicSine.js";
import { InverseHyperbolicCosine } from "../expression/functions/InverseHyperbolicCosine.js";
import { InverseHyperbolicTangent } from "../expression/functions/InverseHyperbolicTangent.js";
import { InverseHyperbolicCotangent } from "../expression/functions/InverseHyperbolicCotangent.js";
import { Log10 } from "../expression/functions/Log10.js";
import { Log2 } from "../expression/functions/Log2.js";
import { CubeRoot } from "../expression/functions/CubeRoot.js";
import { NthRoot, DEFAULT_ROOT } from "../expression/functions/NthRoot.js";
import { ErrorFunction } from "../expression/functions/ErrorFunction.js";
import { Softplus } from "../expression/functions/Softplus.js";
import { Swish } from "../expression/functions/Swish.js";
import { Gelu } from "../expression/functions/Gelu.js";
import { Elu, DEFAULT_ELU_ALPHA } from "../expression/functions/Elu.js";
import { Softsign } from "../expression/functions/Softsign.js";
import { evaluate, diff, gradient } from "../autodiff/numbers.js";
import { tapeOf } from "../autodiff/tape.js";
import { derivative } from "../autodiff/derivative.js";
import { simplify } from "../simplify/simplify.js";
import { toText } from "../printing/toText.js";
import { toLatex } from "../printing/toLatex.js";
import { compile } from "../compile/compile.js";
import { backward } from "../nn/backward.js";

export {
  Constant,
  Variable,
  Addition,
  Subtraction,
  Multiplication,
  Division,
  Power,
  Negation,
  NaturalLog,
  Exponential,
  Sine,
  Cosine,
  Tangent,
  HyperbolicTangent,
  Sigmoid,
  Relu,
  LeakyRelu,
  DEFAULT_LEAKY_SLOPE,
  Linear,
  SquareRoot,
  AbsoluteValue,
  Sign,
  Step,
  Secant,
  Cosecant,
  Cotangent,
  ArcSine,
  ArcCosine,
  ArcTangent,
  ArcCotangent,
  ArcSecant,
  ArcCosecant,
  HyperbolicSine,
  HyperbolicCosine,
  HyperbolicCotangent,
  HyperbolicSecant,
  HyperbolicCosecant,
  InverseHyperbolicSine,
  InverseHyperbolicCosine,
  InverseHyperbolicTangent,
  InverseHyperbolicCotangent,
  Log10,
  Log2,
  CubeRoot,
  NthRoot,
  DEFAULT_ROOT,
  ErrorFunction,
  Softplus,
  Swish,
  Gelu,
  Elu,
  DEFAULT_ELU_ALPHA,
  Softsign,
};

/** Every kind of node, leaves first: each table keyed by node kind has a row for each (a test checks). */
export const NODE_KINDS = [
  Constant,
  Variable,
  Addition,
  Subtraction,
  Multiplication,
  Division,
  Power,
  Negation,
  NaturalLog,
  Exponential,
  Sine,
  Cosine,
  Tangent,
  HyperbolicTangent,
  Sigmoid,
  Relu,
  LeakyRelu,
  Linear,
  SquareRoot,
  AbsoluteValue,
  Sign,
  Step,
  Secant,
  Cosecant,
  Cotangent,
  ArcSine,
  ArcCosine,
  ArcTangent,
  ArcCotangent,
  ArcSecant,
  ArcCosecant,
  HyperbolicSine,
  HyperbolicCosine,
  HyperbolicCotangent,
  HyperbolicSecant,
  HyperbolicCosecant,
  InverseHyperbolicSine,
  InverseHyperbolicCosine,
  InverseHyperbolicTangent,
  InverseHyperbolicCotangent,
  Log10,
  Log2,
  CubeRoot,
  NthRoot,
  ErrorFunction,
  Softplus,
  Swish,
  Gelu,
  Elu,
  Softsign,
] as const;

const OPERATOR = { add: Addition, sub: Subtraction, mul: Multiplication, div: Division, pow: Power } as const;

// `x.add(y)` builds exactly what was asked; only derivative() and simplify() simplify.
connectEngine({
  constant: (value) => new Constant(value),
  build: (operator, left, right) => new OPERATOR[operator](left, right),
  neg: (operand) => new Negation(operand),
  evaluate,
  diff,
  gradient,
  derivative,
  simplify,
  backward,
  variables: (root) => {
    const names = new Set<string>();
    for (const node of tapeOf(root).nodes) if (node instanceof Variable) names.add(node.name);
    return [...names].sort();
  },
  toText,
  toLatex,
  compile,
});
