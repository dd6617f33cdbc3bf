import { describe, expect, it } from "vitest";
import { HyperbolicCotangent, coth, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("HyperbolicCotangent", () => {
  const f = coth(x);

  it("coth(x) builds a HyperbolicCotangent", () => expect(f).toBeInstanceOf(HyperbolicCotangent));
  it("eval of coth(x) at x = 0.5 is 2.16395", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(2.163953413738653, 12));
  it("diff of coth(x) at x = 0.5 is -3.68269", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(-3.682694376831169, 12));
  it("derivative of coth(x) at x = 0.5 is -3.68269", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(-3.682694376831169, 12));
  it("gradient of coth(x.mul(y)) at x = 0.5, y = 1 is { x: -3.68269, y: -1.84135 }", () => {
    const gradient = coth(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-3.682694376831169, 12);
    expect(gradient.y).toBeCloseTo(-1.8413471884155845, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(coth(x.mul(y)), grid([-2, -0.3, 0.4, 3], [1, 0.5]))).toBe(16);
  });
});
