import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Constant, type Expression, LeakyRelu, Sine, Variable, constant, parse, variable } from "../../src/index.js";
import { binaryKinds, unaryKinds } from "../support/nodeKinds.js";

const x = variable("x");
const y = variable("y");
const z = variable("z");

describe("toString: the fewest parentheses that keep the tree", () => {
  it.each<[string, Expression]>([
    ["(x + 1) * 2", x.add(1).mul(2)],
    ["x - (y - z)", x.sub(y.sub(z))],
    ["x - y - z", x.sub(y).sub(z)],
    ["x + (y + z)", x.add(y.add(z))],
    ["x / (y * z)", x.div(y.mul(z))],
    ["x * (y / z)", x.mul(y.div(z))],
    ["-x ^ 2", x.pow(2).neg()],
    ["(-x) ^ 2", x.neg().pow(2)],
    ["(-2) ^ x", constant(-2).pow(x)],
    ["2 * x", constant(2).mul(x)],
    ["x ^ y ^ z", x.pow(y.pow(z))],
    ["(x ^ y) ^ z", x.pow(y).pow(z)],
    ["x ^ (-1)", x.pow(-1)],
    ["x * -2", x.mul(-2)],
    ["-x * y", x.neg().mul(y)],
    ["-(x * y)", x.mul(y).neg()],
    ["-(-x)", x.neg().neg()],
    ["-(3)", constant(3).neg()],
    ["-3", constant(-3)],
    ["-pi", new Constant(Math.PI, "pi").neg()],
    ["leakyRelu(x, 0.1)", new LeakyRelu(x, 0.1)],
    ["leakyRelu(x)", new LeakyRelu(x)],
    ["sin(x + 1) ^ 2", new Sine(x.add(1)).pow(2)],
  ])("%s", (text, tree) => {
    expect(tree.toString()).toBe(text);
    expect(parse(text).equals(tree)).toBe(true);
  });
});

// ---- random trees of every node kind ----

const names = ["x", "y", "z", "x_0", "m12", "yint", "w_1", "θ"];
const unary = unaryKinds.map(([, build]) => build);
const binary = binaryKinds.map(([, build]) => build);

const number = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noDefaultInfinity: false }), // NaN, -0, ±Infinity, subnormals, 1e300, ...
  fc.constantFrom(0.1, -0.001, 1e21, 1e-7, -0),
);

const leaf: fc.Arbitrary<Expression> = fc.oneof(
  fc.constantFrom(...names).map((name) => new Variable(name)),
  number.map((value) => new Constant(value)),
  fc.constantFrom(new Constant(Math.PI, "pi"), new Constant(Math.E, "e")),
);

const { tree } = fc.letrec<{ tree: Expression }>((self) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(fc.nat(unary.length - 1), self("tree")).map(([k, u]) => unary[k]!(u)),
    fc.tuple(self("tree"), number).map(([u, slope]) => new LeakyRelu(u, slope)),
    fc.tuple(fc.nat(binary.length - 1), self("tree"), self("tree")).map(([k, a, b]) => binary[k]!(a, b)),
  ),
}));

describe("round trip: parse(e.toString()) equals e", () => {
  // a formula holds finite numbers only (src/parse/literals.ts): a tree holding Infinity or NaN is no formula
  const formulaTree = tree.filter((e) => !/Infinity|NaN/.test(e.toString()));

  test.prop([formulaTree], { numRuns: 1000 })("for random trees of every node kind", (e) => {
    const text = e.toString();
    const back = parse(text);
    expect(back.equals(e), `${text} read back as ${back.toString()}`).toBe(true);
  });

  it("a tree holding Infinity or NaN prints them, and parse refuses that text where they stand", () => {
    expect(() => parse(new LeakyRelu(x, Number.POSITIVE_INFINITY).toString())).toThrow(
      /"Infinity" is not a number at 13/,
    );
    expect(() => parse(x.add(Number.NaN).toString())).toThrow(/"NaN" is not a number at 4/);
  });

  it("for a sum 20,000 terms long (parse.test.ts reads one of 100,000)", () => {
    let sum: Expression = x;
    for (let i = 1; i < 20_000; i++) sum = sum.add(i % 3 === 0 ? x.mul(-2) : y);
    expect(parse(sum.toString()).equals(sum)).toBe(true);
  });
});
