import { describe, expect, it } from "vitest";
import { Subtraction, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Subtraction", () => {
  const f = x.sub(y);

  it("x.sub(y) builds a Subtraction", () => expect(f).toBeInstanceOf(Subtraction));
  it("eval of x - y is 5", () => expect(f.eval(vals)).toBeCloseTo(5));
  it("diff of x - y, d/dx is 1", () => expect(f.diff(vals, "x")).toBeCloseTo(1));
  it("diff of x - y, d/dy is -1", () => expect(f.diff(vals, "y")).toBeCloseTo(-1));
  it("diff of x - x, d/dx is 0", () => expect(x.sub(x).diff(vals, "x")).toBeCloseTo(0));
  it("derivative of x - y wrt y is -1", () => expect(f.derivative("y").toString()).toBe("-1"));
  it("derivative of x - x wrt x is 0", () => expect(x.sub(x).derivative("x").toString()).toBe("0"));
  it("gradient of x - y is { x: 1, y: -1 }", () => expect(f.gradient(vals)).toEqual({ x: 1, y: -1 }));

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(x.sub(y.mul(y)), grid([-2, 0, 1.5], [-1, 0.5, 3]))).toBeGreaterThan(0);
  });
});
