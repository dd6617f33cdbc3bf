import { describe, expect, it } from "vitest";
import { Gelu, gelu, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Gelu", () => {
  const f = gelu(x);

  it("gelu(x) builds a Gelu", () => expect(f).toBeInstanceOf(Gelu));
  it("eval of gelu(x) at x = 0.5 is 0.345731", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.34573123063700656, 12));
  it("diff of gelu(x) at x = 0.5 is 0.867495", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.8674951246561629, 12));
  it("derivative of gelu(x) at x = 0.5 is 0.867495", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.8674951246561629, 12));
  it("gradient of gelu(x.mul(y)) at x = 0.5, y = 1 is { x: 0.867495, y: 0.433748 }", () => {
    const gradient = gelu(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.8674951246561629, 12);
    expect(gradient.y).toBeCloseTo(0.4337475623280814, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(gelu(x.mul(y)), grid([-3, -0.3, 0.2, 4], [1, 0.5]))).toBe(16);
  });
});
