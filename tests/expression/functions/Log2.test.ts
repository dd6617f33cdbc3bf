import { describe, expect, it } from "vitest";
import { Log2, log2, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Log2", () => {
  const f = log2(x);

  it("log2(x) builds a Log2", () => expect(f).toBeInstanceOf(Log2));
  it("eval of log2(x) at x = 0.5 is -1", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(-1.0, 12));
  it("diff of log2(x) at x = 0.5 is 2.88539", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(2.8853900817779268, 12));
  it("derivative of log2(x) wrt x is 1 / (x * log(2))", () =>
    expect(f.derivative("x").toString()).toBe("1 / (x * log(2))"));
  it("derivative of log2(x) at x = 0.5 is 2.88539", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(2.8853900817779268, 12));
  it("gradient of log2(x.mul(y)) at x = 0.5, y = 1 is { x: 2.88539, y: 1.4427 }", () => {
    const gradient = log2(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(2.8853900817779268, 12);
    expect(gradient.y).toBeCloseTo(Math.LOG2E, 12);
  });
  it("eval and diff of log2(x) at x = -1 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: -1 })).toBeNaN();
    expect(() => f.diff({ x: -1 }, "x")).not.toThrow();
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(log2(x.mul(y)), grid([0.2, 0.9, 3, 40], [1, 0.5]))).toBe(16);
  });
});
