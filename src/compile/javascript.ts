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
import { NthRoot } from "../expression/functions/NthRoot.js";
import { ErrorFunction } from "../expression/functions/ErrorFunction.js";
import { Softplus, softplusOf } from "../expression/functions/Softplus.js";
import { Swish } from "../expression/functions/Swish.js";
import { Gelu } from "../expression/functions/Gelu.js";
import { Elu } from "../expression/functions/Elu.js";
import { Softsign } from "../expression/functions/Softsign.js";
import { erf, erfc } from "../numerics/erf.js";
import type { Build, Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { functionName } from "../internals/nodeFacts.js";
import { CompileError } from "./CompileError.js";
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
export const HELPERS = { sigmoidOf, softplusOf, erf, erfc } as const;

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
  // ---- sec, csc, cot and the inverse trigonometric functions: each rule as its node's outer() has it ----
  [
    Secant,
    unary(
      (u) => js`1 / Math.cos(${u})`,
      (u, v) => js`${v} * Math.tan(${u})`,
    ),
  ],
  [
    Cosecant,
    unary(
      (u) => js`1 / Math.sin(${u})`,
      (u, v) => js`(-${v} * Math.cos(${u})) / Math.sin(${u})`,
    ),
  ],
  [
    Cotangent,
    unary(
      (u) => js`Math.cos(${u}) / Math.sin(${u})`,
      (_u, v) => js`-1 - ${v} * ${v}`,
    ),
  ],
  [
    ArcSine,
    unary(
      (u) => js`Math.asin(${u})`,
      (u) => js`1 / Math.sqrt((1 - ${u}) * (1 + ${u}))`,
    ),
  ],
  [
    ArcCosine,
    unary(
      (u) => js`Math.acos(${u})`,
      (u) => js`-1 / Math.sqrt((1 - ${u}) * (1 + ${u}))`,
    ),
  ],
  [
    ArcTangent,
    unary(
      (u) => js`Math.atan(${u})`,
      (u) => js`1 / (1 + ${u} * ${u})`,
    ),
  ],
  [
    ArcCotangent,
    unary(
      (u) => js`Math.atan(1 / ${u})`,
      (u) => js`-1 / (1 + ${u} * ${u})`,
    ),
  ],
  [
    ArcSecant,
    unary(
      (u) => js`Math.acos(1 / ${u})`,
      (u) => js`1 / (${u} * ${u} * Math.sqrt(1 - 1 / (${u} * ${u})))`,
    ),
  ],
  [
    ArcCosecant,
    unary(
      (u) => js`Math.asin(1 / ${u})`,
      (u) => js`-1 / (${u} * ${u} * Math.sqrt(1 - 1 / (${u} * ${u})))`,
    ),
  ],
  // ---- hyperbolic functions and their inverses ----
  [
    HyperbolicSine,
    unary(
      (u) => js`Math.sinh(${u})`,
      (u) => js`Math.cosh(${u})`,
    ),
  ],
  [
    HyperbolicCosine,
    unary(
      (u) => js`Math.cosh(${u})`,
      (u) => js`Math.sinh(${u})`,
    ),
  ],
  [
    HyperbolicCotangent,
    unary(
      (u) => js`1 / Math.tanh(${u})`,
      (u) => js`-1 / (Math.sinh(${u}) * Math.sinh(${u}))`,
    ),
  ],
  [
    HyperbolicSecant,
    unary(
      (u) => js`1 / Math.cosh(${u})`,
      (u, v) => js`-${v} * Math.tanh(${u})`,
    ),
  ],
  [
    HyperbolicCosecant,
    unary(
      (u) => js`1 / Math.sinh(${u})`,
      (u, v) => js`-${v} / Math.tanh(${u})`,
    ),
  ],
  [
    InverseHyperbolicSine,
    unary(
      (u) => js`Math.asinh(${u})`,
      (u) => js`1 / Math.hypot(${u}, 1)`,
    ),
  ],
  [
    InverseHyperbolicCosine,
    unary(
      (u) => js`Math.acosh(${u})`,
      (u) => js`1 / Math.sqrt((${u} - 1) * (${u} + 1))`,
    ),
  ],
  [
    InverseHyperbolicTangent,
    unary(
      (u) => js`Math.atanh(${u})`,
      (u) => js`1 / ((1 - ${u}) * (1 + ${u}))`,
    ),
  ],
  [
    InverseHyperbolicCotangent,
    unary(
      (u) => js`Math.atanh(1 / ${u})`,
      (u) => js`1 / ((1 - ${u}) * (1 + ${u}))`,
    ),
  ],
  // ---- logarithms, roots, erf ----
  [
    Log10,
    unary(
      (u) => js`Math.log10(${u})`,
      (u) => js`1 / (${u} * ${Math.LN10})`,
    ),
  ],
  [
    Log2,
    unary(
      (u) => js`Math.log2(${u})`,
      (u) => js`1 / (${u} * ${Math.LN2})`,
    ),
  ],
  [
    CubeRoot,
    unary(
      (u) => js`Math.cbrt(${u})`,
      (_u, v) => js`1 / (3 * ${v} * ${v})`,
    ),
  ],
  [
    NthRoot,
    {
      value: (u, _b, node) => {
        const n = (node as NthRoot).n;
        return Number.isInteger(n) && n % 2 !== 0
          ? js`${u} < 0 ? -((-${u}) ** ${1 / n}) : ${u} ** ${1 / n}`
          : js`${u} ** ${1 / n}`;
      },
      partial: (_k, _u, _b, v, node) => js`1 / (${(node as NthRoot).n} * ${v} ** ${(node as NthRoot).n - 1})`,
    },
  ],
  [
    ErrorFunction,
    unary(
      (u) => js`erf(${u})`,
      (u) => js`${2 / Math.sqrt(Math.PI)} * Math.exp(-${u} * ${u})`,
    ),
  ],
  // ---- activations ----
  [
    Softplus,
    unary(
      (u) => js`softplusOf(${u})`,
      (u) => js`sigmoidOf(${u})`,
    ),
  ],
  [
    Swish,
    unary(
      (u) => js`${u} * sigmoidOf(${u})`,
      (u) => js`sigmoidOf(${u}) * (1 + ${u} * (1 - sigmoidOf(${u})))`,
    ),
  ],
  [
    Gelu,
    unary(
      (u) => js`${u} * 0.5 * erfc(-${u} * ${Math.SQRT1_2})`,
      (u) =>
        js`0.5 * erfc(-${u} * ${Math.SQRT1_2}) + ${u} * ${1 / Math.sqrt(2 * Math.PI)} * Math.exp(-0.5 * ${u} * ${u})`,
    ),
  ],
  [
    Elu,
    {
      value: (u, _b, node) => js`${u} > 0 ? ${u} : ${(node as Elu).alpha} * Math.expm1(${u})`,
      partial: (_k, u, _b, _v, node) => js`${u} > 0 ? 1 : ${(node as Elu).alpha} * Math.exp(${u})`,
    },
  ],
  [
    Softsign,
    unary(
      (u) => js`${u} / (1 + Math.abs(${u}))`,
      (u) => js`1 / ((1 + Math.abs(${u})) * (1 + Math.abs(${u})))`,
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

/**
 * The row for `node`: its own in JAVASCRIPT, or else the default a function with ordinary code gets: its
 * value `Math.name(u)` (a function named as one of Math's: `Math.expm1(u)`) and its local derivative written
 * out from its own outerDerivative(), each function in it by its row. Undefined when there is neither.
 */
export function javascriptRow(node: Expression): JavaScriptRow | undefined {
  const row = JAVASCRIPT.get(node.constructor);
  if (row !== undefined || !(node instanceof UnaryFunction)) return row;
  const name = functionName(node);
  // only a plain name that Math really has ever reaches the generated code
  const math = Math as unknown as Record<string, unknown>;
  if (!/^[a-z][a-z0-9]*$/.test(name) || !Object.hasOwn(Math, name) || typeof math[name] !== "function") {
    return undefined;
  }
  return {
    value: (u) => [`Math.${name}(`, asPart(u), ")"],
    partial: (_k, u, _b, v, self) => {
      const f = self as UnaryFunction;
      return codeOf(f.outerDerivative(PLAIN), f, u, v);
    },
  };
}

const asPart = (ref: Ref | Part): Part => (typeof ref === "number" ? literal(ref) : ref);

/** Builds exactly what is asked (no canonical forms): a default row writes the outer derivative as it stands. */
const PLAIN: Build = {
  num: (value) => new Constant(value),
  add: (a, b) => new Addition(a, b),
  sub: (a, b) => new Subtraction(a, b),
  mul: (a, b) => new Multiplication(a, b),
  div: (a, b) => new Division(a, b),
  pow: (a, b) => new Power(a, b),
  neg: (a) => new Negation(a),
  log: (a) => new NaturalLog(a),
};

/** Markers for "the operands go here" inside a row's value code. */
const FIRST = { kind: "value", id: -1 } as const;
const SECOND = { kind: "value", id: -2 } as const;

/**
 * `e` (an outer derivative of `f`, a few nodes) as one JavaScript expression, each node by its own row with
 * its operands in brackets: f's operand is `u`, f itself `v`.
 */
function codeOf(e: Expression, f: UnaryFunction, u: Ref, v: Ref): Part[] {
  if (e === f.operand) return [asPart(u)];
  if (e === f) return [asPart(v)];
  if (e instanceof Constant) return [literal(e.value)];
  const row = javascriptRow(e);
  const operands = e.children.map((child) => ["(", ...codeOf(child, f, u, v), ")"]);
  if (row === undefined || operands.length === 0) {
    throw new CompileError(
      `compile() has no JavaScript for ${functionName(e)} (in the derivative of ${functionName(f)})`,
    );
  }
  return row
    .value(FIRST, SECOND, e)
    .flatMap((part) => (part === FIRST ? operands[0]! : part === SECOND ? (operands[1] ?? []) : [part]));
}

/** A function node's value as JavaScript applied to the local named `operand` (for hand-built kernels). */
export function unaryValueCode(node: Expression, operand: string): string {
  const row = javascriptRow(node);
  if (row === undefined) throw new Error(`No JavaScript row for ${node.constructor.name}`);
  const code = row.value({ kind: "value", id: 0 }, 0, node);
  return code.map((part) => (typeof part === "string" ? part : operand)).join("");
}
