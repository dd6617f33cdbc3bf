import { describe, expect, it } from "vitest";
import { Cosecant, csc, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Cosecant", () => {
  const f = csc(x);

  it("csc(x) builds a Cosecant", () => expect(f).toBeInstanceOf(Cosecant));
  it("eval of csc(x) at x = 0.5 is 2.08583", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(2.085829642933488, 12));
  it("diff of csc(x) at x = 0.5 is -3.81809", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(-3.818085550973618, 12));
  it("derivative of csc(x) wrt x is -cot(x) * csc(x)", () =>
    expect(f.derivative("x").toString()).toBe("-cot(x) * csc(x)"));
  it("derivative of csc(x) at x = 0.5 is -3.81809", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(-3.818085550973618, 12));
  it("gradient of csc(x.mul(y)) at x = 0.5, y = 1 is { x: -3.81809, y: -1.90904 }", () => {
    const gradient = csc(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-3.818085550973618, 12);
    expect(gradient.y).toBeCloseTo(-1.909042775486809, 12);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(csc(x.mul(y)), grid([-2, -0.5, 0.4, 1.1], [1, 0.5]))).toBe(16);
  });
});
