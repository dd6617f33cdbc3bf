import { describe, expect, it } from "vitest";
import { ArcCotangent, acot, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("ArcCotangent", () => {
  const f = acot(x);

  it("acot(x) builds an ArcCotangent", () => expect(f).toBeInstanceOf(ArcCotangent));
  it("eval of acot(x) at x = 0.5 is 1.10715", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(1.1071487177940904, 12));
  it("diff of acot(x) at x = 0.5 is -0.8", () => expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(-0.8, 12));
  it("derivative of acot(x) wrt x is -1 / (x ^ 2 + 1)", () =>
    expect(f.derivative("x").toString()).toBe("-1 / (x ^ 2 + 1)"));
  it("derivative of acot(x) at x = 0.5 is -0.8", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(-0.8, 12));
  it("gradient of acot(x.mul(y)) at x = 0.5, y = 1 is { x: -0.8, y: -0.4 }", () => {
    const gradient = acot(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-0.8, 12);
    expect(gradient.y).toBeCloseTo(-0.4, 12);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(acot(x.mul(y)), grid([-3, -0.3, 0.2, 7], [1, 0.5]))).toBe(16);
  });
});
