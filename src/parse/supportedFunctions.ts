import type { Expression } from "../expression/Expression.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
// the node classes from the ordered module, so what the parser builds has working methods (x.mul(2))
import { Constant, Division, Elu, LeakyRelu, NODE_KINDS, NaturalLog, NthRoot } from "../internals/nodes.js";

/** How a formula's function call becomes a node. `build` returns a message when an argument is unusable. */
export interface FunctionRule {
  /** Fewest and most arguments. */
  readonly arguments: readonly [min: number, max: number];
  /** How to call it, shown in error messages. */
  readonly usage: string;
  readonly build: (args: readonly Expression[]) => Expression | string;
}

type FunctionKind = new (operand: Expression, ...attributes: number[]) => UnaryFunction;

/**
 * Other spellings students type, and the function each means: the textbook's arcsin, the ISO arsinh, silu.
 * The parser reads them; printing uses the function's own name (`arcsin(x)` prints as `asin(x)`).
 */
export const FUNCTION_ALIASES: Readonly<Record<string, string>> = {
  arcsin: "asin",
  arccos: "acos",
  arctan: "atan",
  arccot: "acot",
  arcsec: "asec",
  arccsc: "acsc",
  arsinh: "asinh",
  arcsinh: "asinh",
  arcosh: "acosh",
  arccosh: "acosh",
  artanh: "atanh",
  arctanh: "atanh",
  arcoth: "acoth",
  arccoth: "acoth",
  silu: "swish",
};

const one = (Kind: FunctionKind, name: string): FunctionRule => ({
  arguments: [1, 1],
  usage: `${name}(x)`,
  build: (args) => new Kind(args[0]!),
});

/** f(x) or f(x, c) for a function with a number parameter (leakyRelu's slope): c is part of the node. */
const withNumber = (Kind: FunctionKind, name: string, parameter: string, example: string): FunctionRule => ({
  arguments: [1, 2],
  usage: `${name}(x) or ${name}(x, ${parameter})`,
  build: ([u, c]) => {
    if (c === undefined) return new Kind(u!);
    // it must be known when the tree is built
    if (!(c instanceof Constant)) return `the ${parameter} must be a number, e.g. ${name}(x, ${example})`;
    return new Kind(u!, c.value);
  },
});

// log(x, b) is the logarithm of x in base b, as in mathjs: ln(x) / ln(b).
const logarithm = (name: string): FunctionRule => ({
  arguments: [1, 2],
  usage: `${name}(x) or ${name}(x, base)`,
  build: ([u, base]) =>
    base === undefined ? new NaturalLog(u!) : new Division(new NaturalLog(u!), new NaturalLog(base)),
});

/** Every function node of NODE_KINDS by its own name (`sin` builds a Sine): registering it is all it takes. */
function byOwnName(): Record<string, FunctionRule> {
  const rules: Record<string, FunctionRule> = {};
  for (const Kind of NODE_KINDS) {
    if (!(Kind.prototype instanceof UnaryFunction)) continue;
    const sample = new (Kind as unknown as FunctionKind)(new Constant(0));
    // an operator such as Negation has no name a formula calls
    if ("name" in sample && typeof sample.name === "string")
      rules[sample.name] = one(Kind as unknown as FunctionKind, sample.name);
  }
  return rules;
}

/** The functions a formula may call, by the name it uses. */
export const FUNCTION_RULES: Readonly<Record<string, FunctionRule>> = (() => {
  const rules: Record<string, FunctionRule> = {
    ...byOwnName(),
    leakyRelu: withNumber(LeakyRelu as FunctionKind, "leakyRelu", "slope", "0.01"),
    elu: withNumber(Elu as FunctionKind, "elu", "alpha", "0.5"),
    nthRoot: withNumber(NthRoot as FunctionKind, "nthRoot", "n", "3"),
    ln: logarithm("ln"),
    log: logarithm("log"),
  };
  for (const [alias, name] of Object.entries(FUNCTION_ALIASES)) rules[alias] = rules[name]!;
  return Object.fromEntries(Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
})();

/**
 * The function names `parse` accepts, sorted, aliases included (FUNCTION_ALIASES says what each alias
 * means). `ln` is a synonym of `log` (natural logarithm); `log(x, b)` is the base-b logarithm, read as
 * `log(x) / log(b)`.
 * @example SUPPORTED_FUNCTIONS.includes("sigmoid") // true
 */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTION_RULES).sort();

export function isSupportedFunction(name: string): boolean {
  return Object.hasOwn(FUNCTION_RULES, name);
}
