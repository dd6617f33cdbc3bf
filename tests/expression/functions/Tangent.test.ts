import { describe, expect, it } from "vitest";
import { Tangent, tan, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");

describe("Tangent", () => {
  const f = tan(x);

  it("tan(x) builds a Tangent", () => expect(f).toBeInstanceOf(Tangent));
  it("eval of tan(x) is 0.648361", () => expect(f.eval(vals)).toBeCloseTo(0.648361, 6));
  it("diff of tan(x), d/dx is 1 + tan(10)^2 = 1.420371", () => expect(f.diff(vals, "x")).toBeCloseTo(1.420372, 6));
  it("derivative of tan(x) wrt x is tan(x) ^ 2 + 1", () => expect(f.derivative("x").toString()).toBe("tan(x) ^ 2 + 1"));
  it("gradient of tan(x) is { x: 1.420371 }", () => expect(f.gradient(vals).x).toBeCloseTo(1.420372, 6));

  it("agrees with central differences on a grid (away from the poles)", () => {
    expect(expectAgreesWithCentralDifferences(tan(x.mul(0.5)), grid([-2, -0.5, 0, 1.5]))).toBe(4);
  });
});
