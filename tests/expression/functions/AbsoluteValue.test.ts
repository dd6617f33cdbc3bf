import { describe, expect, it } from "vitest";
import { AbsoluteValue, abs, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("AbsoluteValue", () => {
  it("abs(z) builds an AbsoluteValue", () => expect(abs(z)).toBeInstanceOf(AbsoluteValue));
  it("eval of abs(z) is 5", () => expect(abs(z).eval(vals)).toBeCloseTo(5));
  it("diff of abs(z), d/dz is -1", () => expect(abs(z).diff(vals, "z")).toBeCloseTo(-1));
  it("diff of abs(x), d/dx is 1", () => expect(abs(x).diff(vals, "x")).toBeCloseTo(1));
  it("diff of abs(x) at the kink x = 0 is 0, by convention", () => expect(abs(x).diff({ x: 0 }, "x")).toBe(0));
  it("derivative of abs(x) wrt x is sign(x)", () => expect(abs(x).derivative("x").toString()).toBe("sign(x)"));
  it("gradient of abs(x * z) is { x: 5, z: -10 }", () =>
    expect(abs(x.mul(z)).gradient(vals)).toEqual({ x: 5, z: -10 }));

  it("agrees with central differences on a grid (the kink is skipped)", () => {
    expect(expectAgreesWithCentralDifferences(abs(x.sub(0.5)), grid([-2, 0, 0.5, 1.5, 3]))).toBe(4);
  });
});
