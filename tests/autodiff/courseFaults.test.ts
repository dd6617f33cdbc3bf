import { describe, expect, it } from "vitest";
import { leakyRelu, sigmoid, variable } from "../../src/index.js";

// The course library's known faults, each fixed and checked in diff(), gradient() and derivative().
const x = variable("x");
const y = variable("y");

describe("x ^ 2 differentiates at x <= 0 (the course went through log(x))", () => {
  const square = x.pow(2);
  for (const [at, slope] of [
    [-3, -6],
    [0, 0],
  ] as const) {
    it(`diff of x ^ 2 at x = ${at} is ${slope}`, () => expect(square.diff({ x: at }, "x")).toBe(slope));
    it(`gradient of x ^ 2 at x = ${at} is ${slope}`, () => expect(square.gradient({ x: at })).toEqual({ x: slope }));
    it(`derivative of x ^ 2 evaluated at x = ${at} is ${slope}`, () =>
      expect(square.derivative("x").eval({ x: at })).toBe(slope));
  }
  it("x ^ 3 at x = -2 has slope 12 in all three", () => {
    const cube = x.pow(3);
    expect(cube.diff({ x: -2 }, "x")).toBe(12);
    expect(cube.gradient({ x: -2 }).x).toBe(12);
    expect(cube.derivative("x").eval({ x: -2 })).toBe(12);
  });
  it("x ^ y with y held at 2 also works at x = -3 (the exponent does not depend on x)", () => {
    expect(x.pow(y).diff({ x: -3, y: 2 }, "x")).toBe(-6);
    expect(x.pow(y).derivative("x").eval({ x: -3, y: 2 })).toBe(-6);
  });
});

describe("sigmoid and its derivative are finite at x = +-1000", () => {
  const s = sigmoid(x);
  it("sigmoid(1000) is 1 and sigmoid(-1000) is 0", () => {
    expect(s.eval({ x: 1000 })).toBe(1);
    expect(s.eval({ x: -1000 })).toBe(0);
  });
  for (const at of [1000, -1000]) {
    it(`diff, gradient and derivative of sigmoid(x) at x = ${at} are 0, not NaN`, () => {
      expect(s.diff({ x: at }, "x")).toBe(0);
      expect(s.gradient({ x: at }).x).toBe(0);
      expect(s.derivative("x").eval({ x: at })).toBe(0);
    });
  }
  it("is still correct in between: sigmoid(-30) = e^-30 / (1 + e^-30), slope the same to 1e-13 relative", () => {
    const small = Math.exp(-30) / (1 + Math.exp(-30));
    expect(s.eval({ x: -30 }) / small).toBeCloseTo(1, 12);
    expect(s.diff({ x: -30 }, "x") / (small * (1 - small))).toBeCloseTo(1, 12);
  });
  it("sigmoid(2) is 0.880797 with slope 0.104994", () => {
    expect(s.eval({ x: 2 })).toBeCloseTo(0.880797, 6);
    expect(s.diff({ x: 2 }, "x")).toBeCloseTo(0.104994, 6);
  });
});

describe("LeakyRelu multiplies by its slope (the course returned the constant 0.001)", () => {
  it("leakyRelu(x) at x = -5 is -0.005 with the default slope 0.001", () => {
    expect(leakyRelu(x).eval({ x: -5 })).toBeCloseTo(-0.005, 12);
  });
  it("its slope there is 0.001, in diff, gradient and derivative", () => {
    expect(leakyRelu(x).diff({ x: -5 }, "x")).toBeCloseTo(0.001, 12);
    expect(leakyRelu(x).gradient({ x: -5 }).x).toBeCloseTo(0.001, 12);
    expect(leakyRelu(x).derivative("x").eval({ x: -5 })).toBeCloseTo(0.001, 12);
  });
  it("a configured slope 0.2 gives -1 at x = -5, slope 0.2, and still x for x > 0", () => {
    const f = leakyRelu(x, 0.2);
    expect(f.eval({ x: -5 })).toBeCloseTo(-1);
    expect(f.diff({ x: -5 }, "x")).toBeCloseTo(0.2);
    expect(f.gradient({ x: -5 }).x).toBeCloseTo(0.2);
    expect(f.derivative("x").eval({ x: -5 })).toBeCloseTo(0.2);
    expect(f.eval({ x: 3 })).toBe(3);
    expect(f.diff({ x: 3 }, "x")).toBe(1);
  });
  it("the slope survives derivative, simplify and printing", () => {
    const f = leakyRelu(x.mul(1), 0.2);
    expect(f.simplify().toString()).toBe("leakyRelu(x, 0.2)");
    expect(f.derivative("x").toString()).toBe("0.8 * step(x) + 0.2");
  });
});

describe("x ^ y with both varying uses the general rule", () => {
  const f = x.pow(y);
  const at = { x: 2, y: 3 };
  // d/dx x^y = y x^(y-1) = 12;  d/dy x^y = x^y ln x = 8 ln 2
  it("eval of x ^ y at (2, 3) is 8", () => expect(f.eval(at)).toBe(8));
  it("diff of x ^ y at (2, 3), d/dx is 12", () => expect(f.diff(at, "x")).toBeCloseTo(12));
  it("diff of x ^ y at (2, 3), d/dy is 8 ln 2 = 5.545177", () => expect(f.diff(at, "y")).toBeCloseTo(8 * Math.LN2));
  it("gradient of x ^ y at (2, 3) is { x: 12, y: 5.545177 }", () => {
    const gradient = f.gradient(at);
    expect(gradient.x).toBeCloseTo(12);
    expect(gradient.y).toBeCloseTo(8 * Math.LN2);
  });
  it("derivative of x ^ y: y * x ^ (y - 1) and x ^ y * log(x), evaluated at (2, 3)", () => {
    expect(f.derivative("x").eval(at)).toBeCloseTo(12);
    expect(f.derivative("y").eval(at)).toBeCloseTo(8 * Math.LN2);
  });
  it("x ^ x at x = 2 is x^x (ln x + 1) = 6.772589", () => {
    const selfPower = x.pow(x);
    expect(selfPower.diff({ x: 2 }, "x")).toBeCloseTo(4 * (Math.LN2 + 1));
    expect(selfPower.gradient({ x: 2 }).x).toBeCloseTo(4 * (Math.LN2 + 1));
    expect(selfPower.derivative("x").eval({ x: 2 })).toBeCloseTo(4 * (Math.LN2 + 1));
  });
});
