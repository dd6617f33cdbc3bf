import type { Ref } from "./code.js";
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
import { LeakyRelu } from "../expression/functions/LeakyRelu.js";
import { Linear } from "../expression/functions/Linear.js";
import { SquareRoot } from "../expression/functions/SquareRoot.js";
import { AbsoluteValue } from "../expression/functions/AbsoluteValue.js";
import { Sign } from "../expression/functions/Sign.js";
import { Step } from "../expression/functions/Step.js";
import { HyperbolicSine } from "../expression/functions/HyperbolicSine.js";
import { HyperbolicCosine } from "../expression/functions/HyperbolicCosine.js";
import { HyperbolicSecant } from "../expression/functions/HyperbolicSecant.js";
import { ArcTangent } from "../expression/functions/ArcTangent.js";
import { ArcCotangent } from "../expression/functions/ArcCotangent.js";
import { InverseHyperbolicSine } from "../expression/functions/InverseHyperbolicSine.js";
import { ErrorFunction } from "../expression/functions/ErrorFunction.js";
import { Softplus } from "../expression/functions/Softplus.js";
import { Swish } from "../expression/functions/Swish.js";
import { Gelu } from "../expression/functions/Gelu.js";
import { Elu } from "../expression/functions/Elu.js";
import { Softsign } from "../expression/functions/Softsign.js";

/**
 * Is each node kind finite whenever its operands are (overflow aside)? Its local derivatives then are
 * too. Division, log, exp, tan and sqrt's slope are not (nor a kind without a row): they are where an
 * infinite factor can meet a zero one, so the compiler keeps the zero-factor guard only after them.
 * `exponent`: Power's right operand.
 */
export const KEEPS_FINITE: ReadonlyMap<Function, boolean | ((exponent: Ref) => boolean)> = new Map<
  Function,
  boolean | ((exponent: Ref) => boolean)
>([
  [Addition, true],
  [Subtraction, true],
  [Multiplication, true],
  [Division, false],
  // u^n for a whole n >= 0 is
  [Power, (exponent) => typeof exponent === "number" && Number.isInteger(exponent) && exponent >= 0],
  [Negation, true],
  [NaturalLog, false],
  [Exponential, false],
  [Sine, true],
  [Cosine, true],
  [Tangent, false],
  [HyperbolicTangent, true],
  [Sigmoid, true],
  [Relu, true],
  [LeakyRelu, true],
  [Linear, true],
  [SquareRoot, false],
  [AbsoluteValue, true],
  [Sign, true],
  [Step, true],
  // a kind without a row is not (the safe default): sec, asin, acosh, log10, cbrt (slope at 0), ...
  [HyperbolicSine, true],
  [HyperbolicCosine, true],
  [HyperbolicSecant, true],
  [ArcTangent, true],
  [ArcCotangent, true],
  [InverseHyperbolicSine, true],
  [ErrorFunction, true],
  [Softplus, true],
  [Swish, true],
  [Gelu, true],
  [Elu, true],
  [Softsign, true],
]);

/** Is `node` finite when its operands are? */
export function keepsFinite(kind: Function, exponent: Ref | undefined): boolean {
  const fact = KEEPS_FINITE.get(kind) ?? false;
  return typeof fact === "boolean" ? fact : exponent !== undefined && fact(exponent);
}
