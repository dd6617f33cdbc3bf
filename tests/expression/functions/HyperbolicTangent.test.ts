import { describe, expect, it } from "vitest";
import { HyperbolicTangent, tanh, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("HyperbolicTangent", () => {
  const f = tanh(z);

  it("tanh(z) builds a HyperbolicTangent", () => expect(f).toBeInstanceOf(HyperbolicTangent));
  it("eval of tanh(z) is -0.999909", () => expect(f.eval(vals)).toBeCloseTo(-0.999909, 6));
  it("diff of tanh(z), d/dz is 1 - tanh(-5)^2 = 1.8158e-4", () => expect(f.diff(vals, "z")).toBeCloseTo(1.8158e-4, 8));
  it("diff of tanh(x) at x = 0 is 1", () => expect(tanh(x).diff({ x: 0 }, "x")).toBeCloseTo(1));
  it("derivative of tanh(x) wrt x is 1 - tanh(x) ^ 2", () =>
    expect(tanh(x).derivative("x").toString()).toBe("1 - tanh(x) ^ 2"));
  it("gradient of tanh(z) is { z: 1.8158e-4 }", () => expect(f.gradient(vals).z).toBeCloseTo(1.8158e-4, 8));
  it("is finite at x = +-1000", () => {
    expect(tanh(x).eval({ x: 1000 })).toBe(1);
    expect(tanh(x).diff({ x: -1000 }, "x")).toBe(0);
  });

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(tanh(x.mul(2)), grid([-2, -0.5, 0, 1.5]))).toBe(4);
  });
});
