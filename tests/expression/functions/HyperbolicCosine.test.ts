import { describe, expect, it } from "vitest";
import { HyperbolicCosine, cosh, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("HyperbolicCosine", () => {
  const f = cosh(x);

  it("cosh(x) builds a HyperbolicCosine", () => expect(f).toBeInstanceOf(HyperbolicCosine));
  it("eval of cosh(x) at x = 0.5 is 1.12763", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(1.1276259652063807, 12));
  it("diff of cosh(x) at x = 0.5 is 0.521095", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.5210953054937474, 12));
  it("derivative of cosh(x) wrt x is sinh(x)", () => expect(f.derivative("x").toString()).toBe("sinh(x)"));
  it("derivative of cosh(x) at x = 0.5 is 0.521095", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.5210953054937474, 12));
  it("gradient of cosh(x.mul(y)) at x = 0.5, y = 1 is { x: 0.521095, y: 0.260548 }", () => {
    const gradient = cosh(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.5210953054937474, 12);
    expect(gradient.y).toBeCloseTo(0.2605476527468737, 12);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(cosh(x.mul(y)), grid([-2, -0.3, 0.4, 3], [1, 0.5]))).toBe(16);
  });
});
