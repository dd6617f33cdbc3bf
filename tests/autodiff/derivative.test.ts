import { describe, expect, it } from "vitest";
import { Constant, constant, cos, exp, log, sin, variable, type Expression } from "../../src/index.js";

const x = variable("x");
const y = variable("y");

describe("derivative() prints simplified", () => {
  it("derivative of x ^ 2 is 2 * x, not 2 * x ^ (2 - 1) * 1", () =>
    expect(x.pow(2).derivative("x").toString()).toBe("2 * x"));
  it("derivative of x ^ 3 is 3 * x ^ 2", () => expect(x.pow(3).derivative("x").toString()).toBe("3 * x ^ 2"));
  it("second derivative of x ^ 3 is 6 * x", () =>
    expect(x.pow(3).derivative("x").derivative("x").toString()).toBe("6 * x"));
  it("third derivative of x ^ 3 is 6, fourth is 0", () => {
    const third = x.pow(3).derivative("x").derivative("x").derivative("x");
    expect(third.toString()).toBe("6");
    expect(third.derivative("x").toString()).toBe("0");
  });
  it("derivative of 2 * x + 1 is 2", () => expect(constant(2).mul(x).add(1).derivative("x").toString()).toBe("2"));
  it("derivative of x * y wrt y is x", () => expect(x.mul(y).derivative("y").toString()).toBe("x"));
  it("derivative of x ^ 2 + y ^ 2 wrt y is 2 * y", () =>
    expect(x.pow(2).add(y.pow(2)).derivative("y").toString()).toBe("2 * y"));
  it("derivative of an unsimplified input is clean too: (x * 1 + 0) ^ 2 gives 2 * x", () => {
    expect(x.mul(1).add(0).pow(2).derivative("x").toString()).toBe("2 * x");
  });
  it("derivative of a variable it does not use is 0", () => expect(sin(x).derivative("y").toString()).toBe("0"));
  it("derivative of log(x) is 1 / x, and the next is -x ^ (-2), as SymPy writes a lone negative power", () => {
    expect(log(x).derivative("x").toString()).toBe("1 / x");
    expect(log(x).derivative("x").derivative("x").toString()).toBe("-x ^ (-2)");
  });
  it("derivative accepts the Variable itself as wrt", () => expect(x.pow(2).derivative(x).toString()).toBe("2 * x"));
  it("returns a new Expression and leaves the input alone", () => {
    const f = x.pow(2);
    f.derivative("x");
    expect(f.toString()).toBe("x ^ 2");
  });
});

describe("higher orders", () => {
  it("the fourth derivative of sin(x) is sin(x)", () => {
    const fourth = sin(x).derivative("x").derivative("x").derivative("x").derivative("x");
    expect(fourth.toString()).toBe("sin(x)");
  });
  it("the second derivative of cos(x) is -cos(x)", () =>
    expect(cos(x).derivative("x").derivative("x").toString()).toBe("-cos(x)"));
  it("the n-th derivative of exp(2 * x) is 2^n exp(2 * x): the 5th is 32 * exp(2 * x)", () => {
    let d = exp(constant(2).mul(x));
    for (let n = 0; n < 5; n++) d = d.derivative("x");
    expect(d.toString()).toBe("32 * exp(2 * x)");
  });
  it("x ^ 5: five derivatives give 120, at every x", () => {
    let d = x.pow(5);
    for (let n = 0; n < 5; n++) d = d.derivative("x");
    expect(d).toBeInstanceOf(Constant);
    expect(d.eval({})).toBe(120);
  });
  it("mixed partial of x ^ 2 * y ^ 3 is 6 x y ^ 2: 12 at (2, -1), in either order", () => {
    const f = x.pow(2).mul(y.pow(3));
    const mixed = f.derivative("x").derivative("y");
    expect(mixed.eval({ x: 2, y: -1 })).toBeCloseTo(12);
    expect(f.derivative("y").derivative("x").eval({ x: 2, y: -1 })).toBeCloseTo(12);
  });
  it("second derivative of sin(x ^ 2) at 1.3 agrees with diff of the first derivative", () => {
    const first = sin(x.pow(2)).derivative("x");
    const second = first.derivative("x");
    expect(second.eval({ x: 1.3 })).toBeCloseTo(first.diff({ x: 1.3 }, "x"), 12);
    // 2 cos(x^2) - 4 x^2 sin(x^2)
    expect(second.eval({ x: 1.3 })).toBeCloseTo(2 * Math.cos(1.69) - 4 * 1.69 * Math.sin(1.69), 12);
  });
});

describe("derivative() keeps shared subtrees shared", () => {
  it("the derivative of a 60-level shared graph (2^60 paths) is built and evaluated quickly", () => {
    let f: Expression = x;
    for (let level = 0; level < 60; level++) f = sin(f).mul(f);
    const d = f.derivative("x");
    expect(Number.isFinite(d.eval({ x: 0.3 }))).toBe(true);
    expect(d.eval({ x: 0.3 })).toBeCloseTo(f.diff({ x: 0.3 }, "x"), 10);
  });
});
