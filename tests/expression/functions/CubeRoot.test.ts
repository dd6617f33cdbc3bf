import { describe, expect, it } from "vitest";
import { CubeRoot, cbrt, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("CubeRoot", () => {
  const f = cbrt(x);

  it("cbrt(x) builds a CubeRoot", () => expect(f).toBeInstanceOf(CubeRoot));
  it("eval of cbrt(x) at x = 0.5 is 0.793701", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.7937005259840998, 12));
  it("diff of cbrt(x) at x = 0.5 is 0.529134", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.5291336839893999, 12));
  it("derivative of cbrt(x) at x = 0.5 is 0.529134", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.5291336839893999, 12));
  it("gradient of cbrt(x.mul(y)) at x = 0.5, y = 1 is { x: 0.529134, y: 0.264567 }", () => {
    const gradient = cbrt(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.5291336839893999, 12);
    expect(gradient.y).toBeCloseTo(0.26456684199469993, 12);
  });
  it("cbrt(-8) is -2 (where x ^ (1/3) is NaN), and its slope at 0 is Infinity", () => {
    expect(f.eval({ x: -8 })).toBe(-2);
    expect(f.diff({ x: 0 }, "x")).toBe(Infinity);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(cbrt(x.mul(y)), grid([-8, -0.3, 0.2, 5], [1, 0.5]))).toBe(16);
  });
});
