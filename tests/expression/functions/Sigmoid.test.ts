import { describe, expect, it } from "vitest";
import { Sigmoid, sigmoid, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("Sigmoid", () => {
  const f = sigmoid(z);

  it("sigmoid(z) builds a Sigmoid", () => expect(f).toBeInstanceOf(Sigmoid));
  it("eval of sigmoid(0) is 0.5", () => expect(sigmoid(x).eval({ x: 0 })).toBeCloseTo(0.5));
  it("diff of sigmoid(x) at x = 0 is 0.25", () => expect(sigmoid(x).diff({ x: 0 }, "x")).toBeCloseTo(0.25));
  it("eval of sigmoid(z) is 0.006693", () => expect(f.eval(vals)).toBeCloseTo(0.006693, 6));
  it("diff of sigmoid(z), d/dz is 0.006648", () => expect(f.diff(vals, "z")).toBeCloseTo(0.006648, 6));
  it("derivative of sigmoid(x) wrt x is sigmoid(x) * (1 - sigmoid(x))", () => {
    expect(sigmoid(x).derivative("x").toString()).toBe("sigmoid(x) * (1 - sigmoid(x))");
  });
  it("gradient of sigmoid(z) is { z: 0.006648 }", () => expect(f.gradient(vals).z).toBeCloseTo(0.006648, 6));

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(sigmoid(x.mul(3)), grid([-4, -0.5, 0, 1.5, 6]))).toBe(5);
  });
});
