import { describe, expect, it } from "vitest";
import { Sign, abs, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("Sign", () => {
  it("is the derivative of abs", () => expect(abs(x).derivative("x")).toBeInstanceOf(Sign));
  it("eval of sign(z) is -1", () => expect(new Sign(z).eval(vals)).toBe(-1));
  it("eval of sign(x) is 1", () => expect(new Sign(x).eval(vals)).toBe(1));
  it("eval of sign(0) is 0", () => expect(new Sign(x).eval({ x: 0 })).toBe(0));
  it("diff of sign(x), d/dx is 0", () => expect(new Sign(x).diff(vals, "x")).toBe(0));
  it("derivative of sign(x) wrt x is 0", () => expect(new Sign(x).derivative("x").toString()).toBe("0"));
  it("second derivative of abs(x) is 0", () => expect(abs(x).derivative("x").derivative("x").toString()).toBe("0"));
  it("gradient of sign(x * z) is { x: 0, z: 0 }", () =>
    expect(new Sign(x.mul(z)).gradient(vals)).toEqual({ x: 0, z: 0 }));
  it("prints as sign(x)", () => expect(new Sign(x).toString()).toBe("sign(x)"));

  it("agrees with central differences on a grid (the jump is skipped)", () => {
    expect(expectAgreesWithCentralDifferences(new Sign(x.sub(0.5)), grid([-2, 0, 0.5, 1.5, 3]))).toBe(4);
  });
});
