import { describe, expect, it } from "vitest";
import {
  GradientError,
  MissingVariableError,
  Parameter,
  constant,
  detach,
  item,
  noGrad,
  parameter,
  sin,
  variable,
  type Expression,
} from "../../src/index.js";
import { sumOf } from "../../src/losses/sumOf.js";

describe("parameters and backward, as in PyTorch", () => {
  it("x = 3, y = x^2: backward gives x.grad = 6", () => {
    const x = parameter("x", 3);
    expect(x).toBeInstanceOf(Parameter);
    expect(x.grad).toBe(0);
    x.pow(2).backward();
    expect(x.grad).toBe(6);
  });

  it("gradients accumulate across calls until zeroGrad: four weights at 1, sum(w_i * 3) gives 3, 6, 9, then 0", () => {
    const w = [0, 1, 2, 3].map((i) => parameter(`w${i}`, 1));
    const loss = sumOf(w.map((wi) => wi.mul(3)));
    for (const expected of [3, 6, 9]) {
      loss.backward();
      expect(w.map((wi) => wi.grad)).toEqual([expected, expected, expected, expected]);
    }
    w.forEach((wi) => wi.zeroGrad());
    expect(w.map((wi) => wi.grad)).toEqual([0, 0, 0, 0]);
  });

  it("backward(seed) scales by the seed; values are read when backward runs, not when the tree was built", () => {
    const w = parameter("w", 2);
    const loss = sin(w).mul(w);
    loss.backward(0.5);
    expect(w.grad).toBeCloseTo(0.5 * (Math.cos(2) * 2 + Math.sin(2)), 14);
    w.zeroGrad();
    w.value = 1;
    loss.backward();
    expect(w.grad).toBeCloseTo(Math.cos(1) + Math.sin(1), 14);
  });

  it("agrees with central finite differences on a two-parameter loss", () => {
    const a = parameter("a", 0.7);
    const b = parameter("b", -1.3);
    const loss = a
      .mul(b)
      .sub(3)
      .pow(2)
      .add(sin(a.div(b)));
    loss.backward();
    for (const p of [a, b]) {
      const h = 1e-6;
      const at = (v: number) => {
        const keep = p.value;
        p.value = v;
        const value = item(loss);
        p.value = keep;
        return value;
      };
      expect(p.grad).toBeCloseTo((at(p.value + h) - at(p.value - h)) / (2 * h), 6);
    }
  });

  it("requiresGrad: false is read but gets no gradient (a tensor without requires_grad)", () => {
    const w = parameter("w", 2);
    const x = parameter("x", 5, { requiresGrad: false });
    w.mul(x).backward();
    expect(w.grad).toBe(5);
    expect(x.grad).toBe(0);
  });

  it("detach(e) is a constant of e's current value: no gradient flows through it", () => {
    const w = parameter("w", 3);
    const frozen = detach(w.mul(w));
    expect(frozen.value).toBe(9);
    w.mul(frozen).backward();
    expect(w.grad).toBe(9);
  });

  it("noGrad(fn) returns fn's result; backward inside it is a GradientError, and recording resumes after", () => {
    const w = parameter("w", 2);
    expect(noGrad(() => item(w.mul(4)))).toBe(8);
    expect(() => noGrad(() => w.mul(4).backward())).toThrow(GradientError);
    expect(() => noGrad(() => w.mul(4).backward())).toThrow(/inside noGrad/);
    expect(() =>
      noGrad(() => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    w.mul(4).backward();
    expect(w.grad).toBe(4);
  });

  it("item() evaluates at the parameters' values; a plain variable has none", () => {
    const w = parameter("w", 2);
    expect(item(w.mul(constant(3)))).toBe(6);
    expect(() => item(w.mul(variable("x")))).toThrow(MissingVariableError);
    expect(() => w.mul(variable("x")).backward()).toThrow(MissingVariableError);
  });

  it("backward on an expression with nothing to train is a GradientError, as in PyTorch", () => {
    expect(() => constant(3).mul(2).backward()).toThrow(/no trainable parameter/);
    expect(() => parameter("c", 1, { requiresGrad: false }).mul(2).backward()).toThrow(GradientError);
  });

  it("two different parameters with one name are an error, not one merged gradient", () => {
    const loss: Expression = parameter("w", 1).add(parameter("w", 2));
    expect(() => loss.backward()).toThrow(GradientError);
    expect(() => loss.backward()).toThrow(/Two different parameters are named "w"/);
  });

  it("hostile names and values: constructor / __proto__ names work; NaN, empty names and a non-finite seed are refused", () => {
    const p = parameter("constructor", 2);
    const q = parameter("__proto__", 3);
    p.mul(q).backward();
    expect([p.grad, q.grad]).toEqual([3, 2]);
    expect(() => parameter("w", Number.NaN)).toThrow(/finite value/);
    expect(() => parameter("", 1)).toThrow(/non-empty name/);
    expect(() => p.mul(2).backward(Number.POSITIVE_INFINITY)).toThrow(/seed/);
  });
});
