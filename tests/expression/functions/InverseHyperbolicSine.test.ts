import { describe, expect, it } from "vitest";
import { InverseHyperbolicSine, asinh, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("InverseHyperbolicSine", () => {
  const f = asinh(x);

  it("asinh(x) builds an InverseHyperbolicSine", () => expect(f).toBeInstanceOf(InverseHyperbolicSine));
  it("eval of asinh(x) at x = 0.5 is 0.481212", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.48121182505960347, 12));
  it("diff of asinh(x) at x = 0.5 is 0.894427", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.8944271909999159, 12));
  it("derivative of asinh(x) wrt x is 1 / sqrt(x ^ 2 + 1)", () =>
    expect(f.derivative("x").toString()).toBe("1 / sqrt(x ^ 2 + 1)"));
  it("derivative of asinh(x) at x = 0.5 is 0.894427", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.8944271909999159, 12));
  it("gradient of asinh(x.mul(y)) at x = 0.5, y = 1 is { x: 0.894427, y: 0.447214 }", () => {
    const gradient = asinh(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.8944271909999159, 12);
    expect(gradient.y).toBeCloseTo(0.4472135954999579, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(asinh(x.mul(y)), grid([-3, -0.3, 0.2, 7], [1, 0.5]))).toBe(16);
  });
});
