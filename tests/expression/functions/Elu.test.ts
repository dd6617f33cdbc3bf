import { describe, expect, it } from "vitest";
import { Elu, elu, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Elu", () => {
  const f = elu(x);

  it("elu(x) builds an Elu", () => expect(f).toBeInstanceOf(Elu));
  it("eval of elu(x) at x = -0.5 is -0.393469", () => expect(f.eval({ x: -0.5 })).toBeCloseTo(-0.3934693402873666, 12));
  it("diff of elu(x) at x = -0.5 is 0.606531", () =>
    expect(f.diff({ x: -0.5 }, "x")).toBeCloseTo(0.6065306597126334, 12));
  it("derivative of elu(x) at x = -0.5 is 0.606531", () =>
    expect(f.derivative("x").eval({ x: -0.5 })).toBeCloseTo(0.6065306597126334, 12));
  it("gradient of elu(x.mul(y)) at x = -0.5, y = 1 is { x: 0.606531, y: -0.303265 }", () => {
    const gradient = elu(x.mul(y)).gradient({ x: -0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.6065306597126334, 12);
    expect(gradient.y).toBeCloseTo(-0.3032653298563167, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });
  it("elu(x, 0.5) at -1 is 0.5 (e^-1 - 1), and its text keeps the alpha", () => {
    expect(elu(x, 0.5).eval({ x: -1 })).toBeCloseTo(0.5 * Math.expm1(-1), 15);
    expect(elu(x, 0.5).diff({ x: -1 }, "x")).toBeCloseTo(0.5 * Math.exp(-1), 15);
    expect(elu(x, 0.5).toString()).toBe("elu(x, 0.5)");
    expect(elu(x).eval({ x: 2 })).toBe(2);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(elu(x.mul(y)), grid([-3, -0.3, 0.2, 4], [1, 0.5]))).toBe(16);
  });
});
