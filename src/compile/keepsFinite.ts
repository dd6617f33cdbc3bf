import type { Expression } from "../expression/Expression.js";
import type { Ref } from "./code.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Negation } from "../expression/operators/Negation.js";
import { Power } from "../expression/operators/Power.js";
import { Sine } from "../expression/functions/Sine.js";
import { Cosine } from "../expression/functions/Cosine.js";
import { HyperbolicTangent } from "../expression/functions/HyperbolicTangent.js";
import { Sigmoid } from "../expression/functions/Sigmoid.js";
import { Relu } from "../expression/functions/Relu.js";
import { LeakyRelu } from "../expression/functions/LeakyRelu.js";
import { Linear } from "../expression/functions/Linear.js";
import { AbsoluteValue } from "../expression/functions/AbsoluteValue.js";
import { Sign } from "../expression/functions/Sign.js";
import { Step } from "../expression/functions/Step.js";

// Operations whose value is finite whenever their operands are (overflow aside). Division, log, exp,
// sqrt's slope and tan are not: they are where an infinite factor can meet a zero one.
const finiteOnFinite: readonly Function[] = [
  Addition, Subtraction, Multiplication, Negation, Sine, Cosine, HyperbolicTangent, Sigmoid, Relu, LeakyRelu, Linear,
  AbsoluteValue, Sign, Step,
];

/** Is `node` finite when its operands are? `exponent` is Power's right operand (u^n for a whole n >= 0 is). */
export function keepsFinite(node: Expression, exponent: Ref | undefined): boolean {
  if (node instanceof Power) return typeof exponent === "number" && Number.isInteger(exponent) && exponent >= 0;
  return finiteOnFinite.includes(node.constructor);
}
