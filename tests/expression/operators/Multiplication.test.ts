import { describe, expect, it } from "vitest";
import { Multiplication, constant, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Multiplication", () => {
  const f = x.mul(y);

  it("x.mul(y) builds a Multiplication", () => expect(f).toBeInstanceOf(Multiplication));
  it("eval of x * y is 50", () => expect(f.eval(vals)).toBeCloseTo(50));
  it("diff of x * y, d/dx is 5", () => expect(f.diff(vals, "x")).toBeCloseTo(5));
  it("diff of x * y, d/dy is 10", () => expect(f.diff(vals, "y")).toBeCloseTo(10));
  it("diff of x * x, d/dx is 20 (both uses count)", () => expect(x.mul(x).diff(vals, "x")).toBeCloseTo(20));
  it("diff of 2 * x + 1, d/dx is 2", () => expect(constant(2).mul(x).add(1).diff(vals, "x")).toBeCloseTo(2));
  it("derivative of x * y wrt x is y", () => expect(f.derivative("x").toString()).toBe("y"));
  it("derivative of 3 * x wrt x is 3", () => expect(constant(3).mul(x).derivative("x").toString()).toBe("3"));
  it("gradient of x * y is { x: 5, y: 10 }", () => expect(f.gradient(vals)).toEqual({ x: 5, y: 10 }));
  it("gradient of x * x is { x: 20 }", () => expect(x.mul(x).gradient(vals)).toEqual({ x: 20 }));

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(x.mul(y).mul(x), grid([-2, -0.5, 0, 1.5], [-1, 3]))).toBeGreaterThan(0);
  });
});
