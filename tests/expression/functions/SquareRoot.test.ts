import { describe, expect, it } from "vitest";
import { SquareRoot, sqrt, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("SquareRoot", () => {
  const f = sqrt(x);

  it("sqrt(x) builds a SquareRoot", () => expect(f).toBeInstanceOf(SquareRoot));
  it("eval of sqrt(x) is 3.162278", () => expect(f.eval(vals)).toBeCloseTo(3.162278, 6));
  it("diff of sqrt(x), d/dx is 0.158114", () => expect(f.diff(vals, "x")).toBeCloseTo(0.158114, 6));
  it("derivative of sqrt(x) wrt x is 1 / (2 * sqrt(x))", () =>
    expect(f.derivative("x").toString()).toBe("1 / (2 * sqrt(x))"));
  it("gradient of sqrt(x * y) is { x: 5 / (2 sqrt 50), y: 10 / (2 sqrt 50) }", () => {
    const gradient = sqrt(x.mul(y)).gradient(vals);
    expect(gradient.x).toBeCloseTo(5 / (2 * Math.sqrt(50)));
    expect(gradient.y).toBeCloseTo(10 / (2 * Math.sqrt(50)));
  });
  it("diff of sqrt(x) at x = 0 is Infinity, not an error", () => expect(f.diff({ x: 0 }, "x")).toBe(Infinity));

  it("agrees with central differences on a grid (inside the domain)", () => {
    expect(expectAgreesWithCentralDifferences(sqrt(x.mul(x).add(y)), grid([-2, 0, 1.5], [0.5, 3]))).toBe(12);
  });
});
