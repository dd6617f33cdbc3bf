import { describe, expect, it } from "vitest";
import { NaturalLog, log, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("NaturalLog", () => {
  const f = log(x);

  it("log(x) builds a NaturalLog", () => expect(f).toBeInstanceOf(NaturalLog));
  it("eval of log(x) is 2.302585", () => expect(f.eval(vals)).toBeCloseTo(Math.LN10, 6));
  it("diff of log(x), d/dx is 0.1", () => expect(f.diff(vals, "x")).toBeCloseTo(0.1));
  it("diff of log(x * y), d/dy is 0.2 (chain rule)", () => expect(log(x.mul(y)).diff(vals, "y")).toBeCloseTo(0.2));
  it("derivative of log(x) wrt x is 1 / x", () => expect(f.derivative("x").toString()).toBe("1 / x"));
  it("gradient of log(x * y) is { x: 0.1, y: 0.2 }", () => {
    const gradient = log(x.mul(y)).gradient(vals);
    expect(gradient.x).toBeCloseTo(0.1);
    expect(gradient.y).toBeCloseTo(0.2);
  });
  it("eval of log(-1) is NaN, not an error", () => expect(f.eval({ x: -1 })).toBeNaN());

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(log(x.mul(x).add(y)), grid([-2, 0.1, 1.5], [0.5, 3]))).toBe(12);
  });
});
