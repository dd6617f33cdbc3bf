import { describe, expect, it } from "vitest";
import { ArcTangent, atan, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("ArcTangent", () => {
  const f = atan(x);

  it("atan(x) builds an ArcTangent", () => expect(f).toBeInstanceOf(ArcTangent));
  it("eval of atan(x) at x = 0.5 is 0.463648", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.4636476090008061, 12));
  it("diff of atan(x) at x = 0.5 is 0.8", () => expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.8, 12));
  it("derivative of atan(x) wrt x is 1 / (x ^ 2 + 1)", () =>
    expect(f.derivative("x").toString()).toBe("1 / (x ^ 2 + 1)"));
  it("derivative of atan(x) at x = 0.5 is 0.8", () => expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.8, 12));
  it("gradient of atan(x.mul(y)) at x = 0.5, y = 1 is { x: 0.8, y: 0.4 }", () => {
    const gradient = atan(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.8, 12);
    expect(gradient.y).toBeCloseTo(0.4, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(atan(x.mul(y)), grid([-3, -0.3, 0.2, 7], [1, 0.5]))).toBe(16);
  });
});
