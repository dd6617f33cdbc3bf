import { describe, expect, it } from "vitest";
import { HyperbolicCosecant, csch, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("HyperbolicCosecant", () => {
  const f = csch(x);

  it("csch(x) builds a HyperbolicCosecant", () => expect(f).toBeInstanceOf(HyperbolicCosecant));
  it("eval of csch(x) at x = 0.5 is 1.91903", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(1.9190347513349437, 12));
  it("diff of csch(x) at x = 0.5 is -4.1527", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(-4.152701801234358, 12));
  it("derivative of csch(x) wrt x is -coth(x) * csch(x)", () =>
    expect(f.derivative("x").toString()).toBe("-coth(x) * csch(x)"));
  it("derivative of csch(x) at x = 0.5 is -4.1527", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(-4.152701801234358, 12));
  it("gradient of csch(x.mul(y)) at x = 0.5, y = 1 is { x: -4.1527, y: -2.07635 }", () => {
    const gradient = csch(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-4.152701801234358, 12);
    expect(gradient.y).toBeCloseTo(-2.076350900617179, 12);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(csch(x.mul(y)), grid([-2, -0.3, 0.4, 3], [1, 0.5]))).toBe(16);
  });
});
