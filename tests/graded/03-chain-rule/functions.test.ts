import { describe, expect, it } from "vitest";
import { relu, sigmoid, sin, tanh, variable, type Expression } from "../../../src/index.js";
import { centralDifference } from "../centralDifference.js";
import { HyperbolicTangent } from "@impl/03-chain-rule/HyperbolicTangent.js";
import { Relu } from "@impl/03-chain-rule/Relu.js";
import { Sigmoid } from "@impl/03-chain-rule/Sigmoid.js";
import { Sine } from "@impl/03-chain-rule/Sine.js";

const x = variable("x");
const y = variable("y");

const cases: readonly {
  readonly name: string;
  readonly mine: (u: Expression) => Expression;
  readonly library: (u: Expression) => Expression;
  readonly at: number;
  readonly value: number;
  readonly slope: number;
}[] = [
  { name: "Sine", mine: (u) => new Sine(u), library: sin, at: 0, value: 0, slope: 1 },
  { name: "Sigmoid", mine: (u) => new Sigmoid(u), library: sigmoid, at: 0, value: 0.5, slope: 0.25 },
  { name: "HyperbolicTangent", mine: (u) => new HyperbolicTangent(u), library: tanh, at: 0, value: 0, slope: 1 },
  { name: "Relu", mine: (u) => new Relu(u), library: relu, at: 2, value: 2, slope: 1 },
];

describe.each(cases)("03 chain rule: $name", ({ mine, library, at, value, slope }) => {
  it(`value and slope of f(x) at x = ${at}`, () => {
    expect(mine(x).eval({ x: at })).toBeCloseTo(value, 10);
    expect(mine(x).diff({ x: at }, "x")).toBeCloseTo(slope, 10);
  });
  it("chain rule on a nested operand: f(x * y + x) agrees with the library and central differences", () => {
    for (const env of [
      { x: 0.4, y: -1.3 },
      { x: -0.8, y: 0.9 },
      { x: 1.1, y: 0.6 },
    ]) {
      const f = mine(x.mul(y).add(x)).mul(3);
      const g = library(x.mul(y).add(x)).mul(3);
      expect(f.eval(env), `value at ${JSON.stringify(env)}`).toBeCloseTo(g.eval(env), 10);
      for (const wrt of ["x", "y"]) {
        expect(f.diff(env, wrt), `d/d${wrt} at ${JSON.stringify(env)}, yours vs the library`).toBeCloseTo(
          g.diff(env, wrt),
          8,
        );
        expect(f.diff(env, wrt), `d/d${wrt} at ${JSON.stringify(env)}, yours vs central differences`).toBeCloseTo(
          centralDifference(f, env, wrt),
          5,
        );
      }
    }
  });
  it("composes with itself: f(f(x^2))", () => {
    const env = { x: 0.9 };
    const f = mine(mine(x.pow(2)));
    const g = library(library(x.pow(2)));
    expect(f.eval(env)).toBeCloseTo(g.eval(env), 10);
    expect(f.diff(env, "x")).toBeCloseTo(g.diff(env, "x"), 8);
  });
});

describe("03 chain rule: Relu at and below zero", () => {
  it("relu(-2) is 0 with slope 0; the slope at exactly 0 is 0", () => {
    expect(new Relu(x).eval({ x: -2 })).toBeCloseTo(0);
    expect(new Relu(x).diff({ x: -2 }, "x")).toBeCloseTo(0);
    expect(new Relu(x).diff({ x: 0 }, "x")).toBeCloseTo(0);
  });
});

describe("03 chain rule: saturation", () => {
  it("sigmoid and tanh stay finite for large inputs", () => {
    expect(new Sigmoid(x).eval({ x: 40 })).toBeCloseTo(1, 10);
    expect(new Sigmoid(x).diff({ x: -40 }, "x")).toBeCloseTo(0, 10);
    expect(new HyperbolicTangent(x).diff({ x: 30 }, "x")).toBeCloseTo(0, 10);
  });
});
