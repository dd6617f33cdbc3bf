import { describe, expect, it } from "vitest";
import { Cotangent, cot, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid } from "../../support/oracle.js";

const x = variable("x");
const y = variable("y");

describe("Cotangent", () => {
  const f = cot(x);

  it("cot(x) builds a Cotangent", () => expect(f).toBeInstanceOf(Cotangent));
  it("eval of cot(x) at x = 0.5 is 1.83049", () => expect(f.eval({ x: 0.5 })).toBeCloseTo(1.830487721712452, 12));
  it("diff of cot(x) at x = 0.5 is -4.35069", () =>
    expect(f.diff({ x: 0.5 }, "x")).toBeCloseTo(-4.350685299340043, 12));
  it("derivative of cot(x) wrt x is -cot(x) ^ 2 - 1", () =>
    expect(f.derivative("x").toString()).toBe("-cot(x) ^ 2 - 1"));
  it("derivative of cot(x) at x = 0.5 is -4.35069", () =>
    expect(f.derivative("x").eval({ x: 0.5 })).toBeCloseTo(-4.350685299340043, 12));
  it("gradient of cot(x.mul(y)) at x = 0.5, y = 1 is { x: -4.35069, y: -2.17534 }", () => {
    const gradient = cot(x.mul(y)).gradient({ x: 0.5, y: 1 });
    expect(gradient.x).toBeCloseTo(-4.350685299340043, 12);
    expect(gradient.y).toBeCloseTo(-2.1753426496700214, 12);
  });

  it("agrees with central differences on a grid, and reverse mode with diff()", () => {
    expect(expectAgreesWithCentralDifferences(cot(x.mul(y)), grid([-2, -0.5, 0.4, 1.1], [1, 0.5]))).toBe(16);
  });
});
