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
import { Sigmoid, sigmoidOf } from "../expression/functions/Sigmoid.js";
import { Relu } from "../expression/functions/Relu.js";
import { LeakyRelu } from "../expression/functions/LeakyRelu.js";
import { Linear } from "../expression/functions/Linear.js";
import { SquareRoot } from "../expression/functions/SquareRoot.js";
import { AbsoluteValue } from "../expression/functions/AbsoluteValue.js";
import { Sign } from "../expression/functions/Sign.js";
import { Step } from "../expression/functions/Step.js";
import type { Expression } from "../expression/Expression.js";
import type { Code, Part, Ref } from "./code.js";
import { literal } from "./literal.js";

/**
 * Each node kind as JavaScript: its value and its local derivatives, the numeric rules of its class
 * written as code. Operands are locals of the generated function or numbers known now (written as
 * literals); a rule may return a number when the result is known now. The text here is all there is:
 * no node writes code, so generated code holds only these templates, locals and literals.
 */
export interface JavaScriptRow {
  /** The value, from the operands. */
  value(a: Ref, b: Ref, node: Expression): Code;
  /** d(node)/d(operand k), from the operands and the node's own value `v`. */
  partial(k: 0 | 1, a: Ref, b: Ref, v: Ref, node: Expression): Code | number;
}

/** The helpers generated code may call, passed in by name (sigmoid's stable formula is written once). */
export const HELPERS = { sigmoidOf } as const;

/** Code from a template: `js\`${a} * ${b}\`` keeps locals as parts and writes numbers as literals. */
function js(text: TemplateStringsArray, ...refs: Ref[]): Part[] {
  const parts: Part[] = [text[0]!];
  refs.forEach((ref, k) => parts.push(typeof ref === "number" ? literal(ref) : ref, text[k + 1]!));
  return parts.filter((part) => part !== "");
}

/** An operand as a rule's result: a number stays a number, so it can be folded. */
const known = (ref: Ref): Code | number => (typeof ref === "number" ? ref : [ref]);

const unary = (value: (u: Ref) => Code, outer: (u: Ref, v: Ref) => Code | number): JavaScriptRow => ({
  value: (u) => value(u),
  partial: (_k, u, _b, v) => outer(u, v),
});

export const JAVASCRIPT: ReadonlyMap<Function, JavaScriptRow> = new Map<Function, JavaScriptRow>([
  [Addition, { value: (a, b) => js`${a} + ${b}`, partial: () => 1 }],
  [Subtraction, { value: (a, b) => js`${a} - ${b}`, partial: (k) => (k === 0 ? 1 : -1) }],
  [Multiplication, { value: (a, b) => js`${a} * ${b}`, partial: (k, a, b) => known(k === 0 ? b : a) }],
  // -(a / b) / b, as Division.partial has it
  [
    Division,
    {
      value: (a, b) => js`${a} / ${b}`,
      partial: (k, _a, b, v) => (k === 0 ? js`1 / ${b}` : js`-${v} / ${b}`),
    },
  ],
  [Power, { value: (a, b) => js`Math.pow(${a}, ${b})`, partial: powerPartial }],
  [
    Negation,
    unary(
      (u) => js`-${u}`,
      () => -1,
    ),
  ],
  [
    NaturalLog,
    unary(
      (u) => js`Math.log(${u})`,
      (u) => js`1 / ${u}`,
    ),
  ],
  [
    Exponential,
    unary(
      (u) => js`Math.exp(${u})`,
      (_u, v) => known(v),
    ),
  ],
  [
    Sine,
    unary(
      (u) => js`Math.sin(${u})`,
      (u) => js`Math.cos(${u})`,
    ),
  ],
  [
    Cosine,
    unary(
      (u) => js`Math.cos(${u})`,
      (u) => js`-Math.sin(${u})`,
    ),
  ],
  [
    Tangent,
    unary(
      (u) => js`Math.tan(${u})`,
      (_u, v) => js`1 + ${v} * ${v}`,
    ),
  ],
  [
    HyperbolicTangent,
    unary(
      (u) => js`Math.tanh(${u})`,
      (_u, v) => js`1 - ${v} * ${v}`,
    ),
  ],
  [
    Sigmoid,
    unary(
      (u) => js`sigmoidOf(${u})`,
      (_u, v) => js`${v} * (1 - ${v})`,
    ),
  ],
  [
    Relu,
    unary(
      (u) => js`${u} > 0 ? ${u} : 0`,
      (u) => js`${u} > 0 ? 1 : 0`,
    ),
  ],
  [
    LeakyRelu,
    {
      value: (u, _b, node) => js`${u} > 0 ? ${u} : ${(node as LeakyRelu).slope} * ${u}`,
      partial: (_k, u, _b, _v, node) => js`${u} > 0 ? 1 : ${(node as LeakyRelu).slope}`,
    },
  ],
  [
    Linear,
    unary(
      (u) => js`${u}`,
      () => 1,
    ),
  ],
  [
    SquareRoot,
    unary(
      (u) => js`Math.sqrt(${u})`,
      (_u, v) => js`0.5 / ${v}`,
    ),
  ],
  [
    AbsoluteValue,
    unary(
      (u) => js`Math.abs(${u})`,
      (u) => js`Math.sign(${u})`,
    ),
  ],
  [
    Sign,
    unary(
      (u) => js`Math.sign(${u})`,
      () => 0,
    ),
  ],
  [
    Step,
    unary(
      (u) => js`${u} > 0 ? 1 : 0`,
      () => 0,
    ),
  ],
]);

// power rule: d(a^b)/da = b a^(b-1), written plainly for a known exponent (2 a for a^2);
// exponential rule: d(a^b)/db = a^b ln(a), 0 at a = 0 for b > 0 (as Power.partial has it)
function powerPartial(k: 0 | 1, a: Ref, b: Ref, v: Ref): Code | number {
  if (k === 1) return js`${a} === 0 && ${b} > 0 ? 0 : ${v} * Math.log(${a})`;
  if (typeof b !== "number") return js`${b} === 0 ? 0 : ${b} * Math.pow(${a}, ${b} - 1)`;
  if (b === 0) return 0;
  if (b === 1) return 1;
  return b === 2 ? js`2 * ${a}` : js`${b} * Math.pow(${a}, ${b - 1})`;
}

/** A function node's value as JavaScript applied to the local named `operand` (for hand-built kernels). */
export function unaryValueCode(node: Expression, operand: string): string {
  const row = JAVASCRIPT.get(node.constructor);
  if (row === undefined) throw new Error(`No JavaScript row for ${node.constructor.name}`);
  const code = row.value({ kind: "value", id: 0 }, 0, node);
  return code.map((part) => (typeof part === "string" ? part : operand)).join("");
}
