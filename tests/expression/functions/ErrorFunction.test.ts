import { describe, expect, it } from "vitest";
import { ErrorFunction, erf, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("ErrorFunction", () => {
  const f = erf(x);

  it("erf(x) builds an ErrorFunction", () => expect(f).toBeInstanceOf(ErrorFunction));
  it("eval of erf(x) at x = 0.5 is 0.5205", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.5204998778130465, 12));
  it("diff of erf(x) at x = 0.5 is 0.878783", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.8787825789354448, 12));
  it("derivative of erf(x) at x = 0.5 is 0.878783", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.8787825789354448, 12));
  it("gradient of erf(x.mul(y)) at x = 0.5, y = 1 is { x: 0.878783, y: 0.439391 }", () => {
    const gradient = erf(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.8787825789354448, 12);
    expect(gradient.y).toBeCloseTo(0.4393912894677224, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(erf(x.mul(y)), grid([-2.5, -0.3, 0.2, 1.7], [1, 0.5]))).toBe(16);
  });
});
