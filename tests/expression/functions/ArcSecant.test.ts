import { describe, expect, it } from "vitest";
import { ArcSecant, asec, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("ArcSecant", () => {
  const f = asec(x);

  it("asec(x) builds an ArcSecant", () => expect(f).toBeInstanceOf(ArcSecant));
  it("eval of asec(x) at x = 2.5 is 1.15928", () => expect(f.eval({ x: 2.5 })).toBeCloseTo(1.1592794807274085, 12));
  it("diff of asec(x) at x = 2.5 is 0.174574", () =>
    expect(f.diff({ x: 2.5 }, "x")).toBeCloseTo(0.1745743121887939, 12));
  it("derivative of asec(x) wrt x is 1 / (x ^ 2 * sqrt(1 - x ^ (-2)))", () =>
    expect(f.derivative("x").toString()).toBe("1 / (x ^ 2 * sqrt(1 - x ^ (-2)))"));
  it("derivative of asec(x) at x = 2.5 is 0.174574", () =>
    expect(f.derivative("x").eval({ x: 2.5 })).toBeCloseTo(0.1745743121887939, 12));
  it("gradient of asec(x.mul(y)) at x = 2.5, y = 1 is { x: 0.174574, y: 0.436436 }", () => {
    const gradient = asec(x.mul(y)).gradient({ x: 2.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.1745743121887939, 12);
    expect(gradient.y).toBeCloseTo(0.4364357804719848, 12);
  });
  it("eval and diff of asec(x) at x = 0.5 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: 0.5 })).toBeNaN();
    expect(() => f.diff({ x: 0.5 }, "x")).not.toThrow();
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(asec(x.mul(y)), grid([-3, -1.5, 1.2, 4], [1, 2]))).toBe(16);
  });
});
