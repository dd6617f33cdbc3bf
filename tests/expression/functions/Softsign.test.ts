import { describe, expect, it } from "vitest";
import { Softsign, softsign, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, expectFiniteAt, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Softsign", () => {
  const f = softsign(x);

  it("softsign(x) builds a Softsign", () => expect(f).toBeInstanceOf(Softsign));
  it("eval of softsign(x) at x = 0.5 is 0.333333", () =>
    expect(f.eval({ x: 0.5 })).toBeCloseTo(0.3333333333333333, 12));
  it("diff of softsign(x) at x = 0.5 is 0.444444", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(0.4444444444444444, 12));
  it("derivative of softsign(x) at x = 0.5 is 0.444444", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(0.4444444444444444, 12));
  it("gradient of softsign(x.mul(y)) at x = 0.5, y = 1 is { x: 0.444444, y: 0.222222 }", () => {
    const gradient = softsign(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(0.4444444444444444, 12);
    expect(gradient.y).toBeCloseTo(0.2222222222222222, 12);
  });
  it("value and slope stay finite at x = 1000 and -1000", () => {
    expectFiniteAt(f, [1000, -1000]);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(softsign(x.mul(y)), grid([-3, -0.3, 0.2, 4], [1, 0.5]))).toBe(16);
  });
});
