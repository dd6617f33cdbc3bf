import { variableNameOf, operatorSymbol, functionName } from "../internals/nodeFacts.js";
import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { Negation } from "../expression/operators/Negation.js";
import { LeakyRelu } from "../expression/functions/LeakyRelu.js";
import { GradkitError } from "../errors/GradkitError.js";
import { tapeOf } from "../autodiff/tape.js";
import { derivative } from "../autodiff/derivative.js";
import { simplify } from "../simplify/simplify.js";
import type { DerivationStep } from "./DerivationStep.js";

/** Steps are for reading: a formula with more distinct nodes than this gets an error, not a wall of text. */
export const MAX_STEP_NODES = 500;

/**
 * The derivation of d(expr)/d(wrt) step by step, as SymPy Gamma and Symbolab show it: top-down, each step
 * naming its rule (sum, difference, constant multiple, product, quotient, power, exponential, general
 * power, chain, exp, log, trig, tanh, sigmoid, relu, ...), the sub-expression it applies to and its
 * derivative; a function of something other than `wrt` itself gets a "chain" step, then its outer rule and
 * the inner derivation one level deeper. The last step ("result") is the canonical derivative of the whole.
 * @example derivationSteps(parse("x^2 * sin(x)"), "x").map((s) => s.rule) // ["product", "power", "trig", "result"]
 */
export function derivationSteps(expr: Expression, wrt: string): DerivationStep[] {
  const { nodes, first, second } = tapeOf(expr);
  if (nodes.length > MAX_STEP_NODES) {
    throw new GradkitError(
      `derivationSteps: the formula has ${nodes.length} distinct nodes; steps are shown for at most ${MAX_STEP_NODES}`,
    );
  }
  // which nodes depend on wrt, operands first
  const varies = new Set<Expression>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (
      variableNameOf(node) === wrt ||
      (first[i]! >= 0 && varies.has(nodes[first[i]!]!)) ||
      (second[i]! >= 0 && varies.has(nodes[second[i]!]!))
    ) {
      varies.add(node);
    }
  }
  const steps: DerivationStep[] = [];
  const d = (e: Expression): Expression => derivative(e, wrt);
  const seen = new Set<Expression>();
  // pre-order with an explicit stack: a rule, then the derivations of its operands
  const stack: [Expression, number][] = [[expr, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const next: [Expression, number][] = [];
    const step = (
      rule: string,
      description: string,
      result: Expression = d(node),
      at: Expression = node,
      level = depth,
    ): void => {
      steps.push({ rule, description, expression: at, result, depth: level });
    };
    const operands = (level: number, ...children: Expression[]): void => {
      for (const child of children) if (varies.has(child) || !(child instanceof Constant)) next.push([child, level]);
    };
    if (!varies.has(node)) {
      step("constant", `${quote(node)} does not depend on ${wrt}, so its derivative is 0.`);
    } else if (node instanceof Variable || variableNameOf(node) !== undefined) {
      step("variable", `The derivative of ${wrt} with respect to itself is 1.`);
    } else if (node instanceof BinaryOperator) {
      const [u, v] = [node.left, node.right];
      const du = varies.has(u);
      const dv = varies.has(v);
      switch (operatorSymbol(node)) {
        case "+":
          step("sum", "The derivative of a sum is the sum of the derivatives: (u + v)' = u' + v'.");
          operands(depth + 1, ...[u, v].filter((c) => varies.has(c)));
          break;
        case "-":
          step(
            "difference",
            "The derivative of a difference is the difference of the derivatives: (u - v)' = u' - v'.",
          );
          operands(depth + 1, ...[u, v].filter((c) => varies.has(c)));
          break;
        case "*":
          if (!du || !dv) {
            step("constant multiple", `A factor that does not depend on ${wrt} stays: (c u)' = c u'.`);
            operands(depth + 1, du ? u : v);
          } else {
            step("product", "Product rule: (u v)' = u' v + u v'.");
            operands(depth + 1, u, v);
          }
          break;
        case "/":
          if (!dv) {
            step("constant multiple", `Dividing by something that does not depend on ${wrt}: (u / c)' = u' / c.`);
            operands(depth + 1, u);
          } else {
            step("quotient", "Quotient rule: (u / v)' = (u' v - u v') / v^2.");
            operands(depth + 1, ...[u, v].filter((c) => varies.has(c)));
          }
          break;
        case "^":
          if (!dv) {
            chainOf(
              node,
              u,
              "power",
              `Power rule: d/du u^n = n u^(n - 1), here with n = ${quote(v)}.`,
              outerOf(node, u, wrt),
            );
          } else if (!du) {
            chainOf(
              node,
              v,
              "exponential",
              `Exponential rule: d/dv a^v = a^v ln(a), here with a = ${quote(u)}.`,
              outerOf(node, v, wrt),
            );
          } else {
            step("general power", "General power rule: (u^v)' = u^v (v' ln(u) + v u' / u).");
            operands(depth + 1, u, v);
          }
          break;
        default:
          step(
            operatorSymbol(node) ?? node.constructor.name,
            `The rule of ${node.constructor.name}, applied to both operands.`,
          );
          operands(depth + 1, u, v);
      }
    } else if (node instanceof Negation) {
      step("constant multiple", "A sign stays: (-u)' = -u'.");
      operands(depth + 1, node.operand);
    } else if (node instanceof UnaryFunction) {
      const [rule, description] = FUNCTION_RULES[functionName(node)] ?? ruleFromOuterDerivative(node);
      chainOf(node, node.operand, rule, slopeNote(node, description), outerOf(node, node.operand, wrt));
    } else {
      step(node.constructor.name, `${node.constructor.name} gives its own derivative.`);
    }
    // children are popped in the order they were listed
    for (let k = next.length - 1; k >= 0; k--) stack.push(next[k]!);

    /**
     * f(u): the outer rule alone when u is wrt itself, else a chain step, the outer rule and u's derivation
     * below it.
     */
    function chainOf(whole: Expression, inner: Expression, rule: string, description: string, outer: Expression): void {
      if (variableNameOf(inner) === wrt) {
        step(rule, description);
        return;
      }
      step("chain", `Chain rule: d/d${wrt} f(u) = f'(u) du/d${wrt}, with u = ${quote(inner)}.`);
      step(rule, description, outer, whole, depth + 1);
      operands(depth + 1, inner);
    }
  }
  steps.push({
    rule: "result",
    description: "Putting the pieces together, with like terms collected and powers merged, gives the derivative.",
    expression: expr,
    result: d(expr),
    depth: 0,
  });
  return steps;
}

/** f'(u) as an expression of u: the derivative of f(t) at t = u, found by differentiating f(t) by a fresh t. */
function outerOf(whole: Expression, inner: Expression, wrt: string): Expression {
  const t = new Variable(freshName(whole, wrt));
  const replaced = replaceOnce(whole, inner, t);
  return simplify(substitute(derivative(replaced, t.name), t, inner));
}

function freshName(e: Expression, wrt: string): string {
  const taken = new Set([...e.variables(), wrt]);
  let name = "u";
  while (taken.has(name)) name += "_";
  return name;
}

/** `whole` with its operand `inner` replaced by `by` (only the direct operand). */
function replaceOnce(whole: Expression, inner: Expression, by: Expression): Expression {
  if (whole instanceof UnaryFunction) return whole.withOperand(by);
  if (whole instanceof BinaryOperator)
    return whole.withOperands(whole.left === inner ? by : whole.left, whole.right === inner ? by : whole.right);
  return whole;
}

/** Every occurrence of the variable `t` in `e` replaced by `by`. */
function substitute(e: Expression, t: Variable, by: Expression): Expression {
  const { nodes, first, second } = tapeOf(e);
  const out: Expression[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (variableNameOf(node) === t.name) out[i] = by;
    else if (node instanceof BinaryOperator) {
      const a = out[first[i]!]!;
      const b = out[second[i]!]!;
      out[i] = a === node.left && b === node.right ? node : node.withOperands(a, b);
    } else if (node instanceof UnaryFunction) {
      const a = out[first[i]!]!;
      out[i] = a === node.operand ? node : node.withOperand(a);
    } else out[i] = node;
  }
  return out[nodes.length - 1]!;
}

function quote(e: Expression): string {
  const text = e.toString();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function slopeNote(node: UnaryFunction, description: string): string {
  return node instanceof LeakyRelu ? description.replace("slope", `slope ${node.slope}`) : description;
}

/**
 * A function without a sentence of its own: its rule id and a sentence stating its outer derivative as its
 * node gives it, e.g. "Secant: d/du sec(u) = sec(u) * tan(u).".
 */
function ruleFromOuterDerivative(node: UnaryFunction): readonly [string, string] {
  const name = functionName(node);
  const [rule, label] = FAMILIES[name] ?? [name, name];
  const f = node.withOperand(new Variable("u"));
  return [rule, `${label}: d/du ${f.toString()} = ${derivative(f, "u").toString()}.`];
}

/** Rule ids and names for the functions whose sentence is written from their outer derivative. */
const FAMILIES: Readonly<Record<string, readonly [string, string]>> = {
  sec: ["trig", "Secant"],
  csc: ["trig", "Cosecant"],
  cot: ["trig", "Cotangent"],
  asin: ["inverse trig", "Inverse sine"],
  acos: ["inverse trig", "Inverse cosine"],
  atan: ["inverse trig", "Inverse tangent"],
  acot: ["inverse trig", "Inverse cotangent"],
  asec: ["inverse trig", "Inverse secant"],
  acsc: ["inverse trig", "Inverse cosecant"],
  sinh: ["hyperbolic", "Hyperbolic sine"],
  cosh: ["hyperbolic", "Hyperbolic cosine"],
  coth: ["hyperbolic", "Hyperbolic cotangent"],
  sech: ["hyperbolic", "Hyperbolic secant"],
  csch: ["hyperbolic", "Hyperbolic cosecant"],
  asinh: ["inverse hyperbolic", "Inverse hyperbolic sine"],
  acosh: ["inverse hyperbolic", "Inverse hyperbolic cosine"],
  atanh: ["inverse hyperbolic", "Inverse hyperbolic tangent"],
  acoth: ["inverse hyperbolic", "Inverse hyperbolic cotangent"],
  log10: ["log", "Base-10 logarithm"],
  log2: ["log", "Base-2 logarithm"],
  cbrt: ["root", "Cube root"],
  nthRoot: ["root", "n-th root"],
  erf: ["erf", "Error function"],
  softplus: ["softplus", "Softplus"],
  swish: ["swish", "Swish"],
  gelu: ["gelu", "GELU"],
  elu: ["elu", "ELU"],
  softsign: ["softsign", "Softsign"],
};

/** Each function's rule id and its sentence. */
const FUNCTION_RULES: Readonly<Record<string, readonly [string, string]>> = {
  exp: ["exp", "The exponential is its own derivative: d/du e^u = e^u."],
  log: ["log", "Natural logarithm: d/du ln(u) = 1 / u."],
  sin: ["trig", "Sine: d/du sin(u) = cos(u)."],
  cos: ["trig", "Cosine: d/du cos(u) = -sin(u)."],
  tan: ["trig", "Tangent: d/du tan(u) = 1 + tan(u)^2 (= sec(u)^2)."],
  tanh: ["tanh", "Hyperbolic tangent: d/du tanh(u) = 1 - tanh(u)^2."],
  sigmoid: ["sigmoid", "Sigmoid: d/du sigmoid(u) = sigmoid(u) (1 - sigmoid(u))."],
  relu: ["relu", "ReLU: d/du relu(u) = step(u), 1 for u > 0 and 0 otherwise (0 at the kink u = 0, by convention)."],
  leakyRelu: ["leaky relu", "Leaky ReLU: d/du leakyRelu(u) = 1 for u > 0, the slope otherwise."],
  linear: ["linear", "The identity: d/du linear(u) = 1."],
  sqrt: ["sqrt", "Square root, the power 1/2: d/du sqrt(u) = 1 / (2 sqrt(u))."],
  abs: ["abs", "Absolute value: d/du |u| = sign(u) (0 at the kink u = 0, by convention)."],
  sign: ["sign", "sign(u) is flat away from 0: its derivative is 0."],
  step: ["step", "step(u) is flat away from 0: its derivative is 0."],
};
