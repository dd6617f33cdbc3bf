import { describe, expect, it } from "vitest";
import { InverseHyperbolicCotangent, acoth, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("InverseHyperbolicCotangent", () => {
  const f = acoth(x);

  it("acoth(x) builds an InverseHyperbolicCotangent", () => expect(f).toBeInstanceOf(InverseHyperbolicCotangent));
  it("eval of acoth(x) at x = 2.5 is 0.423649", () => expect(f.eval({ x: 2.5 })).toBeCloseTo(0.4236489301936018, 12));
  it("diff of acoth(x) at x = 2.5 is -0.190476", () =>
    expect(f.diff({ x: 2.5 }, "x")).toBeCloseTo(-0.19047619047619047, 12));
  it("derivative of acoth(x) wrt x is 1 / (1 - x ^ 2)", () =>
    expect(f.derivative("x").toString()).toBe("1 / (1 - x ^ 2)"));
  it("derivative of acoth(x) at x = 2.5 is -0.190476", () =>
    expect(f.derivative("x").eval({ x: 2.5 })).toBeCloseTo(-0.19047619047619047, 12));
  it("gradient of acoth(x.mul(y)) at x = 2.5, y = 1 is { x: -0.190476, y: -0.47619 }", () => {
    const gradient = acoth(x.mul(y)).gradient({ x: 2.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-0.19047619047619047, 12);
    expect(gradient.y).toBeCloseTo(-0.47619047619047616, 12);
  });
  it("eval and diff of acoth(x) at x = 0.5 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: 0.5 })).toBeNaN();
    expect(() => f.diff({ x: 0.5 }, "x")).not.toThrow();
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(acoth(x.mul(y)), grid([-3, -1.5, 1.2, 4], [1, 2]))).toBe(16);
  });
});
