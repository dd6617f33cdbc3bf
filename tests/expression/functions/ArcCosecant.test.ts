import { describe, expect, it } from "vitest";
import { ArcCosecant, acsc, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("ArcCosecant", () => {
  const f = acsc(x);

  it("acsc(x) builds an ArcCosecant", () => expect(f).toBeInstanceOf(ArcCosecant));
  it("eval of acsc(x) at x = 2.5 is 0.411517", () => expect(f.eval({ x: 2.5 })).toBeCloseTo(0.411516846067488, 12));
  it("diff of acsc(x) at x = 2.5 is -0.174574", () =>
    expect(f.diff({ x: 2.5 }, "x")).toBeCloseTo(-0.1745743121887939, 12));
  it("derivative of acsc(x) wrt x is -1 / (x ^ 2 * sqrt(1 - x ^ (-2)))", () =>
    expect(f.derivative("x").toString()).toBe("-1 / (x ^ 2 * sqrt(1 - x ^ (-2)))"));
  it("derivative of acsc(x) at x = 2.5 is -0.174574", () =>
    expect(f.derivative("x").eval({ x: 2.5 })).toBeCloseTo(-0.1745743121887939, 12));
  it("gradient of acsc(x.mul(y)) at x = 2.5, y = 1 is { x: -0.174574, y: -0.436436 }", () => {
    const gradient = acsc(x.mul(y)).gradient({ x: 2.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-0.1745743121887939, 12);
    expect(gradient.y).toBeCloseTo(-0.4364357804719848, 12);
  });
  it("eval and diff of acsc(x) at x = 0.5 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: 0.5 })).toBeNaN();
    expect(() => f.diff({ x: 0.5 }, "x")).not.toThrow();
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(acsc(x.mul(y)), grid([-3, -1.5, 1.2, 4], [1, 2]))).toBe(16);
  });
});
