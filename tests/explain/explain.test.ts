import { describe, expect, it } from "vitest";
import { constant, explain, log, parse, variable } from "../../src/index.js";

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

  it("a zero local derivative wins over an infinite adjoint, as in gradient(): d/dx log(0 * x) is 0, not NaN", () => {
    const f = log(constant(0).mul(variable("x")));
    expect(f.gradient({ x: 2 }).x).toBe(0);
    expect(explain(f, { x: 2 }).gradient.x).toBe(0);
  });

  it("keeps a variable named __proto__ in the gradient, as gradient() does", () => {
    const f = variable("__proto__").mul(2);
    const env = JSON.parse('{"__proto__": 3}') as Record<string, number>;
    expect(Object.keys(explain(f, env).gradient)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(explain(f, env).gradient, "__proto__")?.value).toBe(2);
  });
});
