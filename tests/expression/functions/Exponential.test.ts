import { describe, expect, it } from "vitest";
import { Exponential, exp, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("Exponential", () => {
  const f = exp(z);

  it("exp(z) builds an Exponential", () => expect(f).toBeInstanceOf(Exponential));
  it("eval of exp(z) is 0.006738", () => expect(f.eval(vals)).toBeCloseTo(0.006738, 6));
  it("diff of exp(z), d/dz is 0.006738", () => expect(f.diff(vals, "z")).toBeCloseTo(0.006738, 6));
  it("diff of exp(2 * x) at x = 0, d/dx is 2", () => expect(exp(x.mul(2)).diff({ x: 0 }, "x")).toBeCloseTo(2));
  it("derivative of exp(x) wrt x is exp(x)", () => expect(exp(x).derivative("x").toString()).toBe("exp(x)"));
  it("derivative of exp(x) is itself, shared", () => {
    const e = exp(x);
    expect(e.derivative("x")).toBe(e);
  });
  it("gradient of exp(x * z) is { x: -5 e^-50, z: 10 e^-50 }", () => {
    const gradient = exp(x.mul(z)).gradient(vals);
    expect(gradient.x! / Math.exp(-50)).toBeCloseTo(-5);
    expect(gradient.z! / Math.exp(-50)).toBeCloseTo(10);
  });

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(exp(x.mul(x).neg()), grid([-2, -0.5, 0, 1.5]))).toBe(4);
  });
});
