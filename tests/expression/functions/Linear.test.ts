import { describe, expect, it } from "vitest";
import { Linear, linear, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Linear", () => {
  it("linear(x) builds a Linear", () => expect(linear(x)).toBeInstanceOf(Linear));
  it("eval of linear(x) is 10", () => expect(linear(x).eval(vals)).toBeCloseTo(10));
  it("diff of linear(x), d/dx is 1", () => expect(linear(x).diff(vals, "x")).toBeCloseTo(1));
  it("diff of linear(x * y), d/dy is 10", () => expect(linear(x.mul(y)).diff(vals, "y")).toBeCloseTo(10));
  it("derivative of linear(x) wrt x is 1", () => expect(linear(x).derivative("x").toString()).toBe("1"));
  it("gradient of linear(x * y) is { x: 5, y: 10 }", () =>
    expect(linear(x.mul(y)).gradient(vals)).toEqual({ x: 5, y: 10 }));

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(linear(x.mul(y)), grid([-2, 0, 1.5], [-1, 3]))).toBe(12);
  });
});
