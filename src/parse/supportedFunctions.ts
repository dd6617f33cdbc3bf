import type { Expression } from "../expression/Expression.js";
// the node classes from the ordered module, so what the parser builds has working methods (x.mul(2))
import {
  AbsoluteValue,
  Constant,
  Cosine,
  Division,
  Exponential,
  HyperbolicTangent,
  LeakyRelu,
  Linear,
  NaturalLog,
  Relu,
  Sigmoid,
  Sign,
  Sine,
  SquareRoot,
  Step,
  Tangent,
} from "../internals/nodes.js";

/** How a formula's function call becomes a node. `build` returns a message when an argument is unusable. */
export interface FunctionRule {
  /** Fewest and most arguments. */
  readonly arguments: readonly [min: number, max: number];
  /** How to call it, shown in error messages. */
  readonly usage: string;
  readonly build: (args: readonly Expression[]) => Expression | string;
}

const one = (make: (u: Expression) => Expression, name: string): FunctionRule => ({
  arguments: [1, 1],
  usage: `${name}(x)`,
  build: (args) => make(args[0]!),
});

// log(x, b) is the logarithm of x in base b, as in mathjs: ln(x) / ln(b).
const logarithm = (name: string): FunctionRule => ({
  arguments: [1, 2],
  usage: `${name}(x) or ${name}(x, base)`,
  build: ([u, base]) =>
    base === undefined ? new NaturalLog(u!) : new Division(new NaturalLog(u!), new NaturalLog(base)),
});

/** The functions a formula may call, by the name it uses. */
export const FUNCTION_RULES: Readonly<Record<string, FunctionRule>> = {
  abs: one((u) => new AbsoluteValue(u), "abs"),
  cos: one((u) => new Cosine(u), "cos"),
  exp: one((u) => new Exponential(u), "exp"),
  leakyRelu: {
    arguments: [1, 2],
    usage: "leakyRelu(x) or leakyRelu(x, slope)",
    build: ([u, slope]) => {
      if (slope === undefined) return new LeakyRelu(u!);
      // The slope is a parameter of the node, not an operand: it must be known when the tree is built.
      if (!(slope instanceof Constant)) return "the slope must be a number, e.g. leakyRelu(x, 0.01)";
      return new LeakyRelu(u!, slope.value);
    },
  },
  linear: one((u) => new Linear(u), "linear"),
  ln: logarithm("ln"),
  log: logarithm("log"),
  relu: one((u) => new Relu(u), "relu"),
  sigmoid: one((u) => new Sigmoid(u), "sigmoid"),
  sign: one((u) => new Sign(u), "sign"),
  sin: one((u) => new Sine(u), "sin"),
  sqrt: one((u) => new SquareRoot(u), "sqrt"),
  step: one((u) => new Step(u), "step"),
  tan: one((u) => new Tangent(u), "tan"),
  tanh: one((u) => new HyperbolicTangent(u), "tanh"),
};

/**
 * The function names `parse` accepts, sorted. `ln` is a synonym of `log` (natural logarithm);
 * `log(x, b)` is the base-b logarithm, read as `log(x) / log(b)`.
 * @example SUPPORTED_FUNCTIONS.includes("sigmoid") // true
 */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTION_RULES).sort();

export function isSupportedFunction(name: string): boolean {
  return Object.hasOwn(FUNCTION_RULES, name);
}
