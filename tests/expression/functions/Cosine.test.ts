import { describe, expect, it } from "vitest";
import { Cosine, cos, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Cosine", () => {
  const f = cos(x);

  it("cos(x) builds a Cosine", () => expect(f).toBeInstanceOf(Cosine));
  it("eval of cos(x) is -0.839072", () => expect(f.eval(vals)).toBeCloseTo(-0.839072, 6));
  it("diff of cos(x), d/dx is -sin(10) = 0.544021", () => expect(f.diff(vals, "x")).toBeCloseTo(0.544021, 6));
  it("derivative of cos(x) wrt x is -sin(x)", () => expect(f.derivative("x").toString()).toBe("-sin(x)"));
  it("second derivative of cos(x) is -cos(x)", () =>
    expect(f.derivative("x").derivative("x").toString()).toBe("-cos(x)"));
  it("gradient of cos(x * y) is { x: -5 sin(50), y: -10 sin(50) }", () => {
    const gradient = cos(x.mul(y)).gradient(vals);
    expect(gradient.x).toBeCloseTo(-5 * Math.sin(50));
    expect(gradient.y).toBeCloseTo(-10 * Math.sin(50));
  });

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(cos(x.mul(y)), grid([-2, 0, 1.5], [-1, 3]))).toBe(12);
  });
});
