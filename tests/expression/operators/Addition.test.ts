import { describe, expect, it } from "vitest";
import { Addition, constant, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Addition", () => {
  const f = x.add(y);

  it("x.add(y) builds an Addition", () => expect(f).toBeInstanceOf(Addition));
  it("eval of x + y is 15", () => expect(f.eval(vals)).toBeCloseTo(15));
  it("diff of x + y, d/dx is 1", () => expect(f.diff(vals, "x")).toBeCloseTo(1));
  it("diff of x + y, d/dy is 1", () => expect(f.diff(vals, "y")).toBeCloseTo(1));
  it("diff of x + x, d/dx is 2", () => expect(x.add(x).diff(vals, "x")).toBeCloseTo(2));
  it("a number operand becomes a Constant: x + 1 is 11", () => expect(x.add(1).eval(vals)).toBeCloseTo(11));
  it("derivative of x + y wrt x is 1", () => expect(f.derivative("x").toString()).toBe("1"));
  it("derivative of x + x wrt x is 2", () => expect(x.add(x).derivative("x").toString()).toBe("2"));
  it("gradient of x + y is { x: 1, y: 1 }", () => expect(f.gradient(vals)).toEqual({ x: 1, y: 1 }));
  it("gradient of 2 + 3 is empty", () => expect(constant(2).add(3).gradient({})).toEqual({}));

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(x.mul(x).add(y), grid([-2, -0.5, 0, 1.5], [-1, 3]))).toBeGreaterThan(0);
  });
});
