import { describe, expect, it } from "vitest";
import { Sine, constant, sin, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Sine", () => {
  const f = sin(x);

  it("sin(x) builds a Sine", () => expect(f).toBeInstanceOf(Sine));
  it("eval of sin(x) is -0.544021", () => expect(f.eval(vals)).toBeCloseTo(-0.544021, 6));
  it("diff of sin(x), d/dx is cos(10) = -0.839072", () => expect(f.diff(vals, "x")).toBeCloseTo(-0.839072, 6));
  it("diff of sin(x * y), d/dx is 5 cos(50)", () =>
    expect(sin(x.mul(y)).diff(vals, "x")).toBeCloseTo(5 * Math.cos(50)));
  it("derivative of sin(x) wrt x is cos(x)", () => expect(f.derivative("x").toString()).toBe("cos(x)"));
  it("derivative of sin(2 * x) wrt x is 2 * cos(2 * x)", () => {
    expect(sin(constant(2).mul(x)).derivative("x").toString()).toBe("2 * cos(2 * x)");
  });
  it("gradient of sin(x * y) is { x: 5 cos(50), y: 10 cos(50) }", () => {
    const gradient = sin(x.mul(y)).gradient(vals);
    expect(gradient.x).toBeCloseTo(5 * Math.cos(50));
    expect(gradient.y).toBeCloseTo(10 * Math.cos(50));
  });

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(sin(x.mul(y)), grid([-2, 0, 1.5], [-1, 3]))).toBe(12);
  });
});
