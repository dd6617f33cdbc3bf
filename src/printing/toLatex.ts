import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { Variable } from "../expression/Variable.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
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
import { InverseHyperbolicSine } from "../expression/functions/InverseHyperbolicSine.js";
import { InverseHyperbolicCosine } from "../expression/functions/InverseHyperbolicCosine.js";
import { InverseHyperbolicTangent } from "../expression/functions/InverseHyperbolicTangent.js";
import { InverseHyperbolicCotangent } from "../expression/functions/InverseHyperbolicCotangent.js";
import { Log10 } from "../expression/functions/Log10.js";
import { Log2 } from "../expression/functions/Log2.js";
import { CubeRoot } from "../expression/functions/CubeRoot.js";
import { NthRoot } from "../expression/functions/NthRoot.js";
import { Gelu } from "../expression/functions/Gelu.js";
import { Elu } from "../expression/functions/Elu.js";
import { tapeOf } from "../autodiff/tape.js";
import { callArguments, functionName } from "../internals/nodeFacts.js";
import { OPERATORS, Precedence } from "./precedence.js";
import { numberText } from "./toText.js";

type LatexRow = string | { readonly form: (u: string, node: Expression) => string; readonly binds: Precedence };

/**
 * Each function in LaTeX, by node kind: a call name (`\sin`), or a form of its own that groups its
 * argument itself (`e^{u}`, `\sqrt{u}`, `|u|`) with how tightly that form binds. A function without a row
 * prints as `\operatorname{name}` with its own name (`\operatorname{erf}`, `\operatorname{softplus}`).
 */
export const LATEX: ReadonlyMap<Function, LatexRow> = new Map<Function, LatexRow>([
  [NaturalLog, "\\ln"],
  [Exponential, { form: (u) => `e^{${u}}`, binds: Precedence.Power }],
  [Sine, "\\sin"],
  [Cosine, "\\cos"],
  [Tangent, "\\tan"],
  [HyperbolicTangent, "\\tanh"],
  [Sigmoid, "\\sigma"],
  [Relu, "\\operatorname{ReLU}"],
  [LeakyRelu, "\\operatorname{LeakyReLU}"],
  [Linear, "\\operatorname{linear}"],
  [SquareRoot, { form: (u) => `\\sqrt{${u}}`, binds: Precedence.Atom }],
  [AbsoluteValue, { form: (u) => `\\left|${u}\\right|`, binds: Precedence.Atom }],
  [Sign, "\\operatorname{sgn}"],
  [Step, "\\operatorname{step}"],
  [Secant, "\\sec"],
  [Cosecant, "\\csc"],
  [Cotangent, "\\cot"],
  [ArcSine, "\\arcsin"],
  [ArcCosine, "\\arccos"],
  [ArcTangent, "\\arctan"],
  [ArcCotangent, "\\operatorname{arccot}"],
  [ArcSecant, "\\operatorname{arcsec}"],
  [ArcCosecant, "\\operatorname{arccsc}"],
  [HyperbolicSine, "\\sinh"],
  [HyperbolicCosine, "\\cosh"],
  [HyperbolicCotangent, "\\coth"],
  // ISO 80000-2's names for the inverse hyperbolic functions
  [InverseHyperbolicSine, "\\operatorname{arsinh}"],
  [InverseHyperbolicCosine, "\\operatorname{arcosh}"],
  [InverseHyperbolicTangent, "\\operatorname{artanh}"],
  [InverseHyperbolicCotangent, "\\operatorname{arcoth}"],
  [Log10, "\\log_{10}"],
  [Log2, "\\log_{2}"],
  [CubeRoot, { form: (u) => `\\sqrt[3]{${u}}`, binds: Precedence.Atom }],
  [NthRoot, { form: (u, node) => `\\sqrt[${numberLatex((node as NthRoot).n).text}]{${u}}`, binds: Precedence.Atom }],
  [Gelu, "\\operatorname{GELU}"],
  [Elu, "\\operatorname{ELU}"],
]);

/**
 * LaTeX for an expression, with the fewest brackets that keep its meaning: `\frac{a}{b}`, `x^{2}`,
 * `\sin\left(x\right)`, `2 x` for a number times a letter and `\cdot` for other products; `x_0` and
 * `m12` become `x_{0}` and `m_{12}`. Built in evaluation order (operands first), without recursion.
 * Unlike toString, brackets that only record grouping (`a + (b + c)`) are left out.
 * @example toLatex(parse("x^2 / 2 + sin(x)")) // "\\frac{x^{2}}{2} + \\sin\\left(x\\right)"
 */
export function toLatex(root: Expression): string {
  const { nodes, first, second } = tapeOf(root);
  const latex: string[] = new Array<string>(nodes.length);
  const binds: Precedence[] = new Array<Precedence>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    let text: string;
    let precedence: Precedence = Precedence.Atom;
    const a = first[i]!;
    const b = second[i]!;
    const operator = OPERATORS.get(node.constructor);
    if (node instanceof BinaryOperator) {
      const left = latex[a]!;
      const right = latex[b]!;
      if (node instanceof Division) {
        // a fraction bar groups both sides itself; a negative number above it goes in front: -\frac{1}{2 x}
        const negative = binds[a] === Precedence.Prefix && nodes[a] instanceof Constant && left.startsWith("-");
        text = negative ? `-\\frac{${left.slice(1)}}{${right}}` : `\\frac{${left}}{${right}}`;
        if (negative) precedence = Precedence.Prefix;
      } else if (node instanceof Power) {
        text = `${wrap(left, binds[a]! <= Precedence.Power || needsBracketsAsBase(nodes[a]!))}^{${right}}`;
        precedence = Precedence.Power;
      } else if (node instanceof Multiplication) {
        const l = wrap(left, binds[a]! < Precedence.Product);
        const r = wrap(right, binds[b]! <= Precedence.Sum || binds[b]! === Precedence.Prefix);
        text = implicitProduct(nodes[a]!, nodes[b]!) ? `${l} ${r}` : `${l} \\cdot ${r}`;
        precedence = Precedence.Product;
      } else {
        // + and -: a - (b + c) needs brackets, a + (b - c) does not; a sign after + or - gets them
        const symbol = operator?.symbol ?? "\\star";
        const l = wrap(left, binds[a]! < Precedence.Sum);
        const r = wrap(right, (symbol === "-" && binds[b]! <= Precedence.Sum) || binds[b]! === Precedence.Prefix);
        text = `${l} ${symbol} ${r}`;
        precedence = Precedence.Sum;
      }
    } else if (operator !== undefined) {
      // prefix minus: -x y and -x^2 read as -(x y) and -(x^2), which is what they are
      text = `-${wrap(latex[a]!, binds[a]! <= Precedence.Sum || binds[a]! === Precedence.Prefix)}`;
      precedence = Precedence.Prefix;
    } else if (node instanceof UnaryFunction) {
      const u = latex[a]!;
      const row = LATEX.get(node.constructor) ?? `\\operatorname{${escapeLatex(functionName(node))}}`;
      if (typeof row !== "string") {
        text = row.form(u, node);
        precedence = row.binds;
      } else {
        // a parameter other than its default is an argument: \operatorname{LeakyReLU}\left(x, 0.3\right)
        const parameters = callArguments(node).map((value) => `, ${numberLatex(value).text}`);
        text = `${row}\\left(${u}${parameters.join("")}\\right)`;
      }
    } else if (node instanceof Constant) {
      if (node.symbol === "pi") text = "\\pi";
      else if (node.symbol !== undefined) text = escapeLatex(node.symbol);
      else ({ text, precedence } = numberLatex(node.value));
    } else if (node instanceof Variable) {
      text = variableLatex(node.name);
    } else {
      text = `\\operatorname{${escapeLatex(node.constructor.name)}}`;
    }
    latex[i] = text;
    binds[i] = precedence;
  }
  return latex[nodes.length - 1]!;
}

function wrap(text: string, bracket: boolean): string {
  return bracket ? `\\left(${text}\\right)` : text;
}

/**
 * A fraction or a call name(...) is an atom everywhere but under an exponent, where \frac{a}{b}^{2}
 * and \sin\left(x\right)^{2} would be misread: they get brackets there.
 */
function needsBracketsAsBase(node: Expression): boolean {
  if (node instanceof BinaryOperator) return node instanceof Division;
  // a call name(...), not a form that groups its argument itself (\\sqrt{u}, |u|) nor prefix minus
  if (!(node instanceof UnaryFunction) || OPERATORS.has(node.constructor)) return false;
  const row = LATEX.get(node.constructor);
  return typeof row !== "object" || row.binds !== Precedence.Atom;
}

/** 2 x, 3 \sin\left(x\right), 2 x^{2}: a plain number before a letter needs no dot. */
function implicitProduct(left: Expression, right: Expression): boolean {
  if (!(left instanceof Constant) || left.symbol !== undefined) return false;
  if (!(left.value >= 0) || !Number.isFinite(left.value) || numberText(left.value).includes("e")) return false;
  const letter = (node: Expression): boolean =>
    node instanceof Variable || (node instanceof Constant && node.symbol !== undefined);
  if (letter(right)) return true;
  if (right instanceof UnaryFunction) return !OPERATORS.has(right.constructor);
  return right instanceof Power && letter(right.left);
}

/** 1e-7 as 10^{-7}, 1.5e+21 as 1.5 \cdot 10^{21}, Infinity as \infty. */
function numberLatex(value: number): { text: string; precedence: Precedence } {
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  const prefix = (text: string, precedence: Precedence): { text: string; precedence: Precedence } =>
    sign === "" ? { text, precedence } : { text: `-${text}`, precedence: Precedence.Prefix };
  if (Number.isNaN(value)) return { text: "\\mathrm{NaN}", precedence: Precedence.Atom };
  if (!Number.isFinite(value)) return prefix("\\infty", Precedence.Atom);
  const text = numberText(Math.abs(value));
  const scientific = /^(.*)e([+-])(\d+)$/.exec(text);
  if (scientific === null) return prefix(text, Precedence.Atom);
  const [, mantissa, expSign, exponent] = scientific;
  const power = `10^{${expSign === "-" ? "-" : ""}${exponent}}`;
  return mantissa === "1" ? prefix(power, Precedence.Power) : prefix(`${mantissa} \\cdot ${power}`, Precedence.Product);
}

const GREEK = new Set(
  (
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi rho sigma tau " +
    "upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega"
  ).split(" "),
);

/** x_0 -> x_{0}, m12 -> m_{12}, theta -> \theta, yint -> \mathrm{yint}. */
function variableLatex(name: string): string {
  let base = name;
  let subscript: string | undefined;
  const underscore = name.indexOf("_");
  if (underscore > 0 && underscore < name.length - 1) {
    base = name.slice(0, underscore);
    subscript = name.slice(underscore + 1);
  } else {
    const digits = /^(.*\D)(\d+)$/.exec(name);
    if (digits !== null) [, base = name, subscript] = digits;
  }
  return subscript === undefined ? word(base) : `${word(base)}_{${word(subscript)}}`;
}

function word(text: string): string {
  if (/^\d+$/.test(text) || [...text].length === 1) return escapeLatex(text);
  if (GREEK.has(text)) return `\\${text}`;
  return `\\mathrm{${escapeLatex(text)}}`;
}

function escapeLatex(text: string): string {
  return text.replace(/[\\{}_$%&#^~]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "^" || c === "~" ? `\\${c}{}` : `\\${c}`,
  );
}
