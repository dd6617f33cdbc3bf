import { describe, expect, it } from "vitest";
import { Swish, swish, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Swish", () => {
  const f = swish(x);

  it("swish(x) builds a Swish", () => expect(f).toBeInstanceOf(Swish));
  it("eval of swish(x) at x = 0.5 is 0.31123", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.3112296656009273, 12));
  it("diff of swish(x) at x = 0.5 is 0.739961", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.7399611873026518, 12));
  it("derivative of swish(x) at x = 0.5 is 0.739961", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.7399611873026518, 12));
  it("gradient of swish(x.mul(y)) at x = 0.5, y = 1 is { x: 0.739961, y: 0.369981 }", () => {
    const gradient = swish(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.7399611873026518, 12);
    expect(gradient.y).toBeCloseTo(0.3699805936513259, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(swish(x.mul(y)), grid([-3, -0.3, 0.2, 4], [1, 0.5]))).toBe(16);
  });
});
