import { describe, expect, it } from "vitest";
import { Secant, sec, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Secant", () => {
  const f = sec(x);

  it("sec(x) builds a Secant", () => expect(f).toBeInstanceOf(Secant));
  it("eval of sec(x) at x = 0.5 is 1.13949", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(1.139493927324549, 12));
  it("diff of sec(x) at x = 0.5 is 0.622508", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.6225083696592805, 12));
  it("derivative of sec(x) wrt x is sec(x) * tan(x)", () =>
    expect(f.derivative("x").toString()).toBe("sec(x) * tan(x)"));
  it("derivative of sec(x) at x = 0.5 is 0.622508", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.6225083696592805, 12));
  it("gradient of sec(x.mul(y)) at x = 0.5, y = 1 is { x: 0.622508, y: 0.311254 }", () => {
    const gradient = sec(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.6225083696592805, 12);
    expect(gradient.y).toBeCloseTo(0.31125418482964023, 12);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(sec(x.mul(y)), grid([-1.2, -0.3, 0.4, 1.1], [1, 0.5]))).toBe(16);
  });
});
