import { describe, expect, it } from "vitest";
import { InverseHyperbolicTangent, atanh, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("InverseHyperbolicTangent", () => {
  const f = atanh(x);

  it("atanh(x) builds an InverseHyperbolicTangent", () => expect(f).toBeInstanceOf(InverseHyperbolicTangent));
  it("eval of atanh(x) at x = 0.5 is 0.549306", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.5493061443340549, 12));
  it("diff of atanh(x) at x = 0.5 is 1.33333", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(1.3333333333333333, 12));
  it("derivative of atanh(x) wrt x is 1 / (1 - x ^ 2)", () =>
    expect(f.derivative("x").toString()).toBe("1 / (1 - x ^ 2)"));
  it("derivative of atanh(x) at x = 0.5 is 1.33333", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(1.3333333333333333, 12));
  it("gradient of atanh(x.mul(y)) at x = 0.5, y = 1 is { x: 1.33333, y: 0.666667 }", () => {
    const gradient = atanh(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(1.3333333333333333, 12);
    expect(gradient.y).toBeCloseTo(0.6666666666666666, 12);
  });
  it("eval and diff of atanh(x) at x = 2 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: 2 })).toBeNaN();
    expect(() => f.diff({ x: 2 }, "x")).not.toThrow();
  });
  it("is Infinity at x = 1 and -Infinity at x = -1, with an infinite slope", () => {
    expect(f.eval({ x: 1 })).toBe(Infinity);
    expect(f.eval({ x: -1 })).toBe(-Infinity);
    expect(f.diff({ x: 1 }, "x")).toBe(Infinity);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(atanh(x.mul(y)), grid([-0.9, -0.3, 0.2, 0.7], [1, 0.5]))).toBe(16);
  });
});
