import { describe, expect, it } from "vitest";
import { InverseHyperbolicCosine, acosh, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("InverseHyperbolicCosine", () => {
  const f = acosh(x);

  it("acosh(x) builds an InverseHyperbolicCosine", () => expect(f).toBeInstanceOf(InverseHyperbolicCosine));
  it("eval of acosh(x) at x = 2.5 is 1.5668", () => expect(f.eval({ x: 2.5 })).toBeCloseTo(1.566799236972411, 12));
  it("diff of acosh(x) at x = 2.5 is 0.436436", () =>
    expect(f.diff({ x: 2.5 }, "x")).toBeCloseTo(0.4364357804719848, 12));
  it("derivative of acosh(x) wrt x is 1 / sqrt(x ^ 2 - 1)", () =>
    expect(f.derivative("x").toString()).toBe("1 / sqrt(x ^ 2 - 1)"));
  it("derivative of acosh(x) at x = 2.5 is 0.436436", () =>
    expect(f.derivative("x").eval({ x: 2.5 })).toBeCloseTo(0.4364357804719848, 12));
  it("gradient of acosh(x.mul(y)) at x = 2.5, y = 1 is { x: 0.436436, y: 1.09109 }", () => {
    const gradient = acosh(x.mul(y)).gradient({ x: 2.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.4364357804719848, 12);
    expect(gradient.y).toBeCloseTo(1.091089451179962, 12);
  });
  it("eval and diff of acosh(x) at x = 0.5 (outside its domain): NaN, not an error", () => {
    expect(f.eval({ x: 0.5 })).toBeNaN();
    expect(() => f.diff({ x: 0.5 }, "x")).not.toThrow();
  });
  it("its slope is Infinity at x = 1, the edge of its domain", () => expect(f.diff({ x: 1 }, "x")).toBe(Infinity));

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(acosh(x.mul(y)), grid([1.2, 1.5, 3, 7], [1, 2]))).toBe(16);
  });
});
