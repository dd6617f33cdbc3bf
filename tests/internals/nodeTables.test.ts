import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "../../src/internals/nodes.js";
import { Constant, UnaryFunction, Variable, parse, variable, type Expression } from "../../src/index.js";
import { OPERATORS } from "../../src/printing/precedence.js";
import { LATEX } from "../../src/printing/toLatex.js";
import { javascriptRow } from "../../src/compile/javascript.js";
import { FUNCTION_RULES } from "../../src/parse/supportedFunctions.js";
import { binaryKinds, unaryKinds } from "../support/nodeKinds.js";
import { expectSame } from "../support/oracle.js";

const x = variable("x");
const y = variable("y");

/** One node of each kind with operands: x for a function, x and y for an operator. */
const samples: readonly Expression[] = NODE_KINDS.filter((kind) => kind !== Constant && kind !== Variable).map(
  (Kind) =>
    Kind.prototype instanceof UnaryFunction
      ? new (Kind as new (u: Expression) => Expression)(x)
      : new (Kind as new (a: Expression, b: Expression) => Expression)(x, y),
);
const name = (node: Expression): string => node.constructor.name;
const isFunction = (node: Expression): boolean => node instanceof UnaryFunction && !OPERATORS.has(node.constructor);

/**
 * Adding a node kind is its file plus its registration in src/internals/nodes.ts; the tables keyed by node
 * kind have defaults (LaTeX \operatorname{name}, JavaScript Math.name and the outer derivative written out,
 * finiteness false). This names every kind the defaults cannot serve.
 */
describe("every node kind is served by every table keyed by node kind (its row or the default)", () => {
  it("text: an operator symbol, or the function's own name", () => {
    const missing = samples.filter((node) => !OPERATORS.has(node.constructor) && !("name" in node));
    expect(missing.map(name)).toEqual([]);
  });
  it("LaTeX (src/printing/toLatex.ts): a row, or \\operatorname{name} with the function's own name", () => {
    const byClassName = samples.filter(
      (node) => isFunction(node) && !LATEX.has(node.constructor) && node.toLatex().includes(name(node)),
    );
    expect(byClassName.map(name)).toEqual([]);
  });
  it("JavaScript (src/compile/javascript.ts): a row, or Math.name where Math has the function", () => {
    expect(samples.filter((node) => javascriptRow(node) === undefined).map(name)).toEqual([]);
  });
  it("the parser's function table (src/parse/supportedFunctions.ts) builds every function", () => {
    const built = new Set(Object.values(FUNCTION_RULES).map((rule) => (rule.build([x]) as Expression).constructor));
    expect(samples.filter((node) => isFunction(node) && !built.has(node.constructor)).map(name)).toEqual([]);
  });
  it("the property tests' list (tests/support/nodeKinds.ts) draws every kind", () => {
    const drawn = new Set(
      [...unaryKinds.map(([, f]) => f(x)), ...binaryKinds.map(([, f]) => f(x, y))].map((e) => e.constructor),
    );
    expect(samples.filter((node) => !drawn.has(node.constructor)).map(name)).toEqual([]);
  });
  it("every kind prints and parses back, and compiles to its own value and gradient", () => {
    for (const node of samples) {
      const at = { x: 0.7, y: 1.3 };
      expect(parse(node.toString()).equals(node), node.toString()).toBe(true);
      const f = node.compile({ variables: ["x", "y"], gradient: true });
      const gradient = new Float64Array(2);
      // NaN for the kinds not defined at x = 0.7 (acosh, asec, ...): the same NaN on both sides
      expectSame(f.valueAndGradient!([0.7, 1.3], gradient), node.eval(at));
      expect([...gradient]).toEqual([node.gradient(at).x ?? 0, node.gradient(at).y ?? 0]);
    }
  });
});
