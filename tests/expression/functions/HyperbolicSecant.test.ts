import { describe, expect, it } from "vitest";
import { HyperbolicSecant, sech, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("HyperbolicSecant", () => {
  const f = sech(x);

  it("sech(x) builds a HyperbolicSecant", () => expect(f).toBeInstanceOf(HyperbolicSecant));
  it("eval of sech(x) at x = 0.5 is 0.886819", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(0.8868188839700739, 12));
  it("diff of sech(x) at x = 0.5 is -0.409814", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(-0.409814221664745, 12));
  it("derivative of sech(x) wrt x is -sech(x) * tanh(x)", () =>
    expect(f.derivative("x").toString()).toBe("-sech(x) * tanh(x)"));
  it("derivative of sech(x) at x = 0.5 is -0.409814", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(-0.409814221664745, 12));
  it("gradient of sech(x.mul(y)) at x = 0.5, y = 1 is { x: -0.409814, y: -0.204907 }", () => {
    const gradient = sech(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-0.409814221664745, 12);
    expect(gradient.y).toBeCloseTo(-0.2049071108323725, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(sech(x.mul(y)), grid([-2, -0.3, 0.4, 3], [1, 0.5]))).toBe(16);
  });
});
