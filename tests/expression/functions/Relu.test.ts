import { describe, expect, it } from "vitest";
import { Relu, relu, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("Relu", () => {
  it("relu(x) builds a Relu", () => expect(relu(x)).toBeInstanceOf(Relu));
  it("eval of relu(x) is 10", () => expect(relu(x).eval(vals)).toBeCloseTo(10));
  it("eval of relu(z) is 0", () => expect(relu(z).eval(vals)).toBeCloseTo(0));
  it("diff of relu(x), d/dx is 1", () => expect(relu(x).diff(vals, "x")).toBeCloseTo(1));
  it("diff of relu(z), d/dz is 0", () => expect(relu(z).diff(vals, "z")).toBeCloseTo(0));
  it("diff of relu(x) at the kink x = 0 is 0, by convention", () => expect(relu(x).diff({ x: 0 }, "x")).toBe(0));
  it("derivative of relu(x) wrt x is step(x)", () => expect(relu(x).derivative("x").toString()).toBe("step(x)"));
  it("gradient of relu(x * z) is { x: 0, z: 0 }", () => expect(relu(x.mul(z)).gradient(vals)).toEqual({ x: 0, z: 0 }));

  it("agrees with central differences on a grid (the kink is skipped)", () => {
    expect(expectAgreesWithCentralDifferences(relu(x.sub(0.5)), grid([-2, 0, 0.5, 1.5, 3]))).toBe(4);
  });
});
