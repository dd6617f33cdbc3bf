import { describe, expect, it } from "vitest";
import { Negation, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Negation", () => {
  const f = x.neg();

  it("x.neg() builds a Negation", () => expect(f).toBeInstanceOf(Negation));
  it("eval of -x is -10", () => expect(f.eval(vals)).toBeCloseTo(-10));
  it("diff of -x, d/dx is -1", () => expect(f.diff(vals, "x")).toBeCloseTo(-1));
  it("diff of -(x * y), d/dy is -10", () => expect(x.mul(y).neg().diff(vals, "y")).toBeCloseTo(-10));
  it("derivative of -x wrt x is -1", () => expect(f.derivative("x").toString()).toBe("-1"));
  it("derivative of -(x * y) wrt x is -y", () => expect(x.mul(y).neg().derivative("x").toString()).toBe("-y"));
  it("gradient of -(x * y) is { x: -5, y: -10 }", () =>
    expect(x.mul(y).neg().gradient(vals)).toEqual({ x: -5, y: -10 }));

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(x.mul(y).neg(), grid([-2, 0, 1.5], [-1, 3]))).toBeGreaterThan(0);
  });
});
