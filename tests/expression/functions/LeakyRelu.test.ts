import { describe, expect, it } from "vitest";
import { DEFAULT_LEAKY_SLOPE, LeakyRelu, leakyRelu, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("LeakyRelu", () => {
  it("leakyRelu(x) builds a LeakyRelu with the course's slope 0.001", () => {
    const f = leakyRelu(x);
    expect(f).toBeInstanceOf(LeakyRelu);
    expect((f as LeakyRelu).slope).toBe(0.001);
    expect(DEFAULT_LEAKY_SLOPE).toBe(0.001);
  });
  it("eval of leakyRelu(x) is 10", () => expect(leakyRelu(x).eval(vals)).toBeCloseTo(10));
  it("diff of leakyRelu(x), d/dx is 1", () => expect(leakyRelu(x).diff(vals, "x")).toBeCloseTo(1));
  it("diff of leakyRelu(z), d/dz is 0.001", () => expect(leakyRelu(z).diff(vals, "z")).toBeCloseTo(0.001));
  it("derivative of leakyRelu(x) wrt x is 0.999 * step(x) + 0.001", () => {
    expect(leakyRelu(x).derivative("x").toString()).toBe("0.999 * step(x) + 0.001");
  });
  it("gradient of leakyRelu(z) is { z: 0.001 }", () => expect(leakyRelu(z).gradient(vals).z).toBeCloseTo(0.001));
  it("two slopes make different expressions", () => expect(leakyRelu(x, 0.1).equals(leakyRelu(x))).toBe(false));

  it("agrees with central differences on a grid, for several slopes", () => {
    for (const slope of [0.001, 0.1, 0.5]) {
      expect(expectAgreesWithCentralDifferences(leakyRelu(x.sub(0.5), slope), grid([-2, 0, 0.5, 1.5, 3]))).toBe(4);
    }
  });
});
