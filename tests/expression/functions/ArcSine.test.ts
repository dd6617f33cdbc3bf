import { describe, expect, it } from "vitest";
import { ArcSine, asin, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("ArcSine", () => {
  const f = asin(x);

  it("asin(x) builds an ArcSine", () => expect(f).toBeInstanceOf(ArcSine));
  it("eval of asin(x) at x = 0.5 is 0.523599", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.5235987755982989, 12));
  it("diff of asin(x) at x = 0.5 is 1.1547", () => expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(1.1547005383792515, 12));
  it("derivative of asin(x) wrt x is 1 / sqrt(1 - x ^ 2)", () =>
    expect(f.derivative("x").toString()).toBe("1 / sqrt(1 - x ^ 2)"));
  it("derivative of asin(x) at x = 0.5 is 1.1547", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(1.1547005383792515, 12));
  it("gradient of asin(x.mul(y)) at x = 0.5, y = 1 is { x: 1.1547, y: 0.57735 }", () => {
    const gradient = asin(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(1.1547005383792515, 12);
    expect(gradient.y).toBeCloseTo(0.5773502691896257, 12);
  });
  it("eval and diff of asin(x) at x = 2 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: 2 })).toBeNaN();
    expect(() => f.diff({ x: 2 }, "x")).not.toThrow();
  });
  it("its slope is Infinity at x = 1 and -1 only, finite just inside", () => {
    expect(f.diff({ x: 1 }, "x")).toBe(Infinity);
    expect(f.diff({ x: -1 }, "x")).toBe(Infinity);
    expect(Number.isFinite(f.diff({ x: 1 - 1e-15 }, "x"))).toBe(true);
    expect(Number.isFinite(f.derivative("x").eval({ x: -1 + 1e-15 }))).toBe(true);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(asin(x.mul(y)), grid([-0.9, -0.3, 0.2, 0.7], [1, 0.5]))).toBe(16);
  });
});
