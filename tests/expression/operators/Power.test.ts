import { describe, expect, it } from "vitest";
import { Power, constant, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");
const z = variable("z");

describe("Power", () => {
  it("x.pow(2) builds a Power", () => expect(x.pow(2)).toBeInstanceOf(Power));
  it("eval of x ^ 2 is 100", () => expect(x.pow(2).eval(vals)).toBeCloseTo(100));
  it("diff of x ^ 2, d/dx is 20", () => expect(x.pow(2).diff(vals, "x")).toBeCloseTo(20));
  it("eval of 2 ^ x is 1024", () => expect(constant(2).pow(x).eval(vals)).toBeCloseTo(1024));
  it("diff of 2 ^ x, d/dx is 709.783", () => expect(constant(2).pow(x).diff(vals, "x")).toBeCloseTo(709.783, 3));
  it("diff of y ^ 2, d/dx is 0", () => expect(y.pow(2).diff(vals, "x")).toBeCloseTo(0));
  it("diff of x ^ z (z = -5), d/dx is -5 * 10^-6", () => expect(x.pow(z).diff(vals, "x")).toBeCloseTo(-5e-6, 10));
  it("diff of x ^ 0, d/dx is 0 (even at x = 0)", () => expect(x.pow(0).diff({ x: 0 }, "x")).toBe(0));
  it("diff of x ^ 0.5 at x = 4 is 0.25", () => expect(x.pow(0.5).diff({ x: 4 }, "x")).toBeCloseTo(0.25));
  it("derivative of x ^ 2 wrt x is 2 * x", () => expect(x.pow(2).derivative("x").toString()).toBe("2 * x"));
  it("derivative of 2 ^ x wrt x is 2 ^ x * log(2)", () => {
    expect(constant(2).pow(x).derivative("x").toString()).toBe("2 ^ x * log(2)");
  });
  it("derivative of x ^ y wrt x is x ^ (y - 1) * y", () =>
    expect(x.pow(y).derivative("x").toString()).toBe("x ^ (y - 1) * y"));
  it("gradient of x ^ 2 is { x: 20 }", () => expect(x.pow(2).gradient(vals).x).toBeCloseTo(20));
  it("gradient of 2 ^ x is { x: 709.783 }", () => expect(constant(2).pow(x).gradient(vals).x).toBeCloseTo(709.783, 3));

  it("agrees with central differences on a grid: integer exponent", () => {
    expect(expectAgreesWithCentralDifferences(x.pow(3), grid([-2, -0.5, 0.7, 3]))).toBe(4);
  });
  it("agrees with central differences on a grid: both operands vary", () => {
    expect(expectAgreesWithCentralDifferences(x.pow(y), grid([0.5, 1, 2.5], [-1.5, 0.5, 3]))).toBe(18);
  });
  it("agrees with central differences on a grid: constant base", () => {
    expect(expectAgreesWithCentralDifferences(constant(3).pow(x), grid([-2, 0, 1.5]))).toBe(3);
  });
});
