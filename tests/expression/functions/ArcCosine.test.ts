import { describe, expect, it } from "vitest";
import { ArcCosine, acos, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("ArcCosine", () => {
  const f = acos(x);

  it("acos(x) builds an ArcCosine", () => expect(f).toBeInstanceOf(ArcCosine));
  it("eval of acos(x) at x = 0.5 is 1.0472", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(1.0471975511965979, 12));
  it("diff of acos(x) at x = 0.5 is -1.1547", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(-1.1547005383792515, 12));
  it("derivative of acos(x) wrt x is -1 / sqrt(1 - x ^ 2)", () =>
    expect(f.derivative("x").toString()).toBe("-1 / sqrt(1 - x ^ 2)"));
  it("derivative of acos(x) at x = 0.5 is -1.1547", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(-1.1547005383792515, 12));
  it("gradient of acos(x.mul(y)) at x = 0.5, y = 1 is { x: -1.1547, y: -0.57735 }", () => {
    const gradient = acos(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-1.1547005383792515, 12);
    expect(gradient.y).toBeCloseTo(-0.5773502691896257, 12);
  });
  it("eval and diff of acos(x) at x = 2 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: 2 })).toBeNaN();
    expect(() => f.diff({ x: 2 }, "x")).not.toThrow();
  });
  it("its slope is -Infinity at x = 1 and -1 only, finite just inside", () => {
    expect(f.diff({ x: 1 }, "x")).toBe(-Infinity);
    expect(f.diff({ x: -1 }, "x")).toBe(-Infinity);
    expect(Number.isFinite(f.diff({ x: 1 - 1e-15 }, "x"))).toBe(true);
    expect(Number.isFinite(f.derivative("x").eval({ x: -1 + 1e-15 }))).toBe(true);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(acos(x.mul(y)), grid([-0.9, -0.3, 0.2, 0.7], [1, 0.5]))).toBe(16);
  });
});
