import { describe, expect, it } from "vitest";
import { Log10, log10, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Log10", () => {
  const f = log10(x);

  it("log10(x) builds a Log10", () => expect(f).toBeInstanceOf(Log10));
  it("eval of log10(x) at x = 0.5 is -0.30103", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(-0.3010299956639812, 12));
  it("diff of log10(x) at x = 0.5 is 0.868589", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.8685889638065036, 12));
  it("derivative of log10(x) wrt x is 1 / (x * log(10))", () =>
    expect(f.derivative("x").toString()).toBe("1 / (x * log(10))"));
  it("derivative of log10(x) at x = 0.5 is 0.868589", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.8685889638065036, 12));
  it("gradient of log10(x.mul(y)) at x = 0.5, y = 1 is { x: 0.868589, y: 0.434294 }", () => {
    const gradient = log10(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.8685889638065036, 12);
    expect(gradient.y).toBeCloseTo(Math.LOG10E, 12);
  });
  it("eval and diff of log10(x) at x = -1 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: -1 })).toBeNaN();
    expect(() => f.diff({ x: -1 }, "x")).not.toThrow();
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(log10(x.mul(y)), grid([0.2, 0.9, 3, 40], [1, 0.5]))).toBe(16);
  });
});
