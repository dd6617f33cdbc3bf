import { describe, expect, it } from "vitest";
import { constant, variable, type Env } from "../../../src/index.js";
import { centralDifference } from "../centralDifference.js";
import { Division } from "@impl/02-derivative-rules/Division.js";
import { Multiplication } from "@impl/02-derivative-rules/Multiplication.js";
import { Power } from "@impl/02-derivative-rules/Power.js";

const x = variable("x");
const y = variable("y");
const env: Env = { x: 1.5, y: -2.5 };

describe("02 derivative rules: Multiplication", () => {
  it("eval of x * y at (10, 5) is 50", () => {
    expect(new Multiplication(x, y).eval({ x: 10, y: 5 })).toBeCloseTo(50);
  });
  it("diff of x * y, d/dx is 5 and d/dy is 10 at (10, 5)", () => {
    const f = new Multiplication(x, y);
    expect(f.diff({ x: 10, y: 5 }, "x")).toBeCloseTo(5);
    expect(f.diff({ x: 10, y: 5 }, "y")).toBeCloseTo(10);
  });
  it("x * x uses both sides: d/dx at 3 is 6", () => {
    expect(new Multiplication(x, x).diff({ x: 3 }, "x")).toBeCloseTo(6);
  });
  it("nested inside library trees, agrees with the library's product and central differences", () => {
    const mine = new Multiplication(x.add(y.mul(2)), x.sub(3)).add(x);
    const library = x.add(y.mul(2)).mul(x.sub(3)).add(x);
    expect(mine.eval(env)).toBeCloseTo(library.eval(env), 10);
    for (const wrt of ["x", "y"]) {
      expect(mine.diff(env, wrt), `d/d${wrt}, yours vs the library`).toBeCloseTo(library.diff(env, wrt), 10);
      expect(mine.diff(env, wrt), `d/d${wrt}, yours vs central differences`).toBeCloseTo(
        centralDifference(mine, env, wrt),
        5,
      );
    }
  });
});

describe("02 derivative rules: Division", () => {
  it("eval of x / y at (10, 5) is 2", () => {
    expect(new Division(x, y).eval({ x: 10, y: 5 })).toBeCloseTo(2);
  });
  it("diff of x / y at (10, 5): d/dx is 0.2 and d/dy is -0.4", () => {
    const f = new Division(x, y);
    expect(f.diff({ x: 10, y: 5 }, "x")).toBeCloseTo(0.2);
    expect(f.diff({ x: 10, y: 5 }, "y")).toBeCloseTo(-0.4);
  });
  it("nested, agrees with the library's quotient and central differences", () => {
    const mine = new Division(x.mul(x).add(1), y.sub(x)).mul(2);
    const library = x.mul(x).add(1).div(y.sub(x)).mul(2);
    expect(mine.eval(env)).toBeCloseTo(library.eval(env), 10);
    for (const wrt of ["x", "y"]) {
      expect(mine.diff(env, wrt), `d/d${wrt}, yours vs the library`).toBeCloseTo(library.diff(env, wrt), 10);
      expect(mine.diff(env, wrt), `d/d${wrt}, yours vs central differences`).toBeCloseTo(
        centralDifference(mine, env, wrt),
        5,
      );
    }
  });
});

describe("02 derivative rules: Power", () => {
  it("eval of x ^ 3 at 2 is 8", () => {
    expect(new Power(x, constant(3)).eval({ x: 2 })).toBeCloseTo(8);
  });
  it("power rule: d/dx x ^ 3 at 2 is 12, and at -3 (negative base) is 27", () => {
    const f = new Power(x, constant(3));
    expect(f.diff({ x: 2 }, "x")).toBeCloseTo(12);
    expect(f.diff({ x: -3 }, "x")).toBeCloseTo(27);
  });
  it("exponential rule: d/dx 2 ^ x at 3 is 8 ln 2", () => {
    expect(new Power(constant(2), x).diff({ x: 3 }, "x")).toBeCloseTo(8 * Math.log(2), 10);
  });
  it("both: d/dx y ^ x at (2, 3) is 9.88751059801 and d/dy is 6", () => {
    const f = new Power(y, x);
    expect(f.diff({ x: 2, y: 3 }, "x")).toBeCloseTo(9.88751059801, 9);
    expect(f.diff({ x: 2, y: 3 }, "y")).toBeCloseTo(6, 10);
  });
  it("nested, agrees with the library's power and central differences", () => {
    const at: Env = { x: 1.3, y: 0.7 };
    const mine = new Power(x.add(y), y.mul(x)).sub(x);
    const library = x.add(y).pow(y.mul(x)).sub(x);
    expect(mine.eval(at)).toBeCloseTo(library.eval(at), 10);
    for (const wrt of ["x", "y"]) {
      expect(mine.diff(at, wrt), `d/d${wrt}, yours vs the library`).toBeCloseTo(library.diff(at, wrt), 10);
      expect(mine.diff(at, wrt), `d/d${wrt}, yours vs central differences`).toBeCloseTo(
        centralDifference(mine, at, wrt),
        5,
      );
    }
  });
});
