import { describe, expect, it } from "vitest";
import { explain, parse } from "../../src/index.js";

describe("explain", () => {
  const { steps, value, gradient } = explain(parse("(x*w - y)^2"), { x: 1, w: 1, y: 2 });

  it("the worked example: loss 1, dloss/dw = -2", () => {
    expect(value).toBe(1);
    expect(gradient.w).toBeCloseTo(-2);
    expect(gradient.x).toBeCloseTo(-2);
    expect(gradient.y).toBeCloseTo(2);
  });

  it("one step per node in evaluation order, each with its value and adjoint", () => {
    expect(steps.map((s) => s.operation)).toEqual(["x", "w", "n1 * n2", "y", "n3 - n4", "2", "n5 ^ n6"]);
    expect(steps.map((s) => s.value)).toEqual([1, 1, 1, 2, -1, 2, 1]);
    expect(steps.map((s) => s.adjoint)).toEqual([-2, -2, -2, 2, -2, null, 1]);
  });

  it("local derivatives only toward inputs that vary (the constant exponent gets none)", () => {
    expect(steps[2]!.local).toEqual([1, 1]);
    expect(steps[6]!.local).toEqual([-2, null]);
  });

  it("a node used twice collects adjoint from both uses, and agrees with gradient()", () => {
    const f = parse("x*x + sin(x)");
    const result = explain(f, { x: 2 });
    expect(result.gradient.x).toBeCloseTo(f.gradient({ x: 2 }).x!, 12);
    expect(result.gradient.x).toBeCloseTo(f.diff({ x: 2 }, "x"), 12);
  });
});
