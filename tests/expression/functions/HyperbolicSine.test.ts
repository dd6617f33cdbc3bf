import { describe, expect, it } from "vitest";
import { HyperbolicSine, sinh, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("HyperbolicSine", () => {
  const f = sinh(x);

  it("sinh(x) builds a HyperbolicSine", () => expect(f).toBeInstanceOf(HyperbolicSine));
  it("eval of sinh(x) at x = 0.5 is 0.521095", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.5210953054937474, 12));
  it("diff of sinh(x) at x = 0.5 is 1.12763", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(1.1276259652063807, 12));
  it("derivative of sinh(x) wrt x is cosh(x)", () => expect(f.derivative("x").toString()).toBe("cosh(x)"));
  it("derivative of sinh(x) at x = 0.5 is 1.12763", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(1.1276259652063807, 12));
  it("gradient of sinh(x.mul(y)) at x = 0.5, y = 1 is { x: 1.12763, y: 0.563813 }", () => {
    const gradient = sinh(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(1.1276259652063807, 12);
    expect(gradient.y).toBeCloseTo(0.5638129826031903, 12);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(sinh(x.mul(y)), grid([-2, -0.3, 0.4, 3], [1, 0.5]))).toBe(16);
  });
});
