import { describe, expect, it } from "vitest";
import { Softplus, softplus, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Softplus", () => {
  const f = softplus(x);

  it("softplus(x) builds a Softplus", () => expect(f).toBeInstanceOf(Softplus));
  it("eval of softplus(x) at x = 0.5 is 0.974077", () =>
    expect(f.eval({ x: 0.5 })).toBeCloseTo(0.9740769841801067, 12));
  it("diff of softplus(x) at x = 0.5 is 0.622459", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.6224593312018546, 12));
  it("derivative of softplus(x) wrt x is sigmoid(x)", () => expect(f.derivative("x").toString()).toBe("sigmoid(x)"));
  it("derivative of softplus(x) at x = 0.5 is 0.622459", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.6224593312018546, 12));
  it("gradient of softplus(x.mul(y)) at x = 0.5, y = 1 is { x: 0.622459, y: 0.31123 }", () => {
    const gradient = softplus(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.6224593312018546, 12);
    expect(gradient.y).toBeCloseTo(0.3112296656009273, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(softplus(x.mul(y)), grid([-3, -0.3, 0.2, 4], [1, 0.5]))).toBe(16);
  });
});
