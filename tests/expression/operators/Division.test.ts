import { describe, expect, it } from "vitest";
import { Division, constant, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Division", () => {
  const f = x.div(y);

  it("x.div(y) builds a Division", () => expect(f).toBeInstanceOf(Division));
  it("eval of x / y is 2", () => expect(f.eval(vals)).toBeCloseTo(2));
  it("diff of x / y, d/dx is 0.2", () => expect(f.diff(vals, "x")).toBeCloseTo(0.2));
  it("diff of x / y, d/dy is -0.4", () => expect(f.diff(vals, "y")).toBeCloseTo(-0.4));
  it("diff of x / x, d/dx is 0", () => expect(x.div(x).diff(vals, "x")).toBeCloseTo(0));
  it("derivative of x / y wrt x is 1 / y", () => expect(f.derivative("x").toString()).toBe("1 / y"));
  it("derivative of x / y wrt y is -x / y ^ 2", () => expect(f.derivative("y").toString()).toBe("-x / y ^ 2"));
  it("derivative of x / 2 wrt x is 1 / 2", () => expect(x.div(2).derivative("x").toString()).toBe("1 / 2"));
  it("gradient of x / y is { x: 0.2, y: -0.4 }", () => {
    const gradient = f.gradient(vals);
    expect(gradient.x).toBeCloseTo(0.2);
    expect(gradient.y).toBeCloseTo(-0.4);
  });
  it("diff of 1 / x at x = 0 is infinite, not an error", () => {
    expect(constant(1).div(x).diff({ x: 0 }, "x")).toBe(-Infinity);
  });

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(x.div(y), grid([-2, 0, 1.5], [-1, 0.5, 3]))).toBeGreaterThan(0);
  });
});
