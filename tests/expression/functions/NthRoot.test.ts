import { describe, expect, it } from "vitest";
import { NthRoot, nthRoot, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("NthRoot", () => {
  const f = nthRoot(x, 3);

  it("nthRoot(x, 3) builds a NthRoot", () => expect(f).toBeInstanceOf(NthRoot));
  it("eval of nthRoot(x, 3) at x = 0.5 is 0.793701", () =>
    expect(f.eval({ x: 0.5 })).toBeCloseTo(0.7937005259840998, 12));
  it("diff of nthRoot(x, 3) at x = 0.5 is 0.529134", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.5291336839893999, 12));
  it("derivative of nthRoot(x, 3) at x = 0.5 is 0.529134", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.5291336839893999, 12));
  it("gradient of nthRoot(x.mul(y), 3) at x = 0.5, y = 1 is { x: 0.529134, y: 0.264567 }", () => {
    const gradient = nthRoot(x.mul(y), 3).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.5291336839893999, 12);
    expect(gradient.y).toBeCloseTo(0.26456684199469993, 12);
  });
  it("nthRoot(x) is the square root; nthRoot(x, 4) of -16 is NaN", () => {
    expect(nthRoot(x).eval({ x: 9 })).toBe(3);
    expect(nthRoot(x, 4).eval({ x: -16 })).toBeNaN();
    expect(nthRoot(x, 3).toString()).toBe("nthRoot(x, 3)");
    expect(nthRoot(x).toString()).toBe("nthRoot(x)");
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(nthRoot(x.mul(y), 3), grid([-8, -0.3, 0.2, 5], [1, 0.5]))).toBe(16);
  });
});
