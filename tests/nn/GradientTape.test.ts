import { describe, expect, it } from "vitest";
import { GradientError, GradientTape, item, noGrad, parameter, variable } from "../../src/index.js";

describe("GradientTape, as in TensorFlow", () => {
  it("a persistent tape answers twice: y = x^2, z = y^2 at x = 3 give dz/dx = 108 and dy/dx = 6", () => {
    const x = parameter("x", 3, { requiresGrad: false }); // tf.constant(3.0)
    const tape = new GradientTape({ persistent: true });
    tape.watch(x);
    const y = x.mul(x);
    const z = y.mul(y);
    expect(item(tape.gradient(z, x)!)).toBe(108);
    expect(item(tape.gradient(y, x)!)).toBe(6);
  });

  it("a tape that is not persistent answers once", () => {
    const x = parameter("x", 3);
    const tape = new GradientTape();
    expect(item(tape.gradient(x.pow(2), x)!)).toBe(6);
    expect(() => tape.gradient(x.pow(2), x)).toThrow(GradientError);
    expect(() => tape.gradient(x.pow(2), x)).toThrow(/persistent: true/);
  });

  it("trainable parameters are watched without watch(); constants only when watched; unused sources give null", () => {
    const w = parameter("w", 2);
    const c = parameter("c", 5, { requiresGrad: false });
    const unused = parameter("u", 1);
    const tape = new GradientTape({ persistent: true });
    const f = w.mul(c);
    expect(item(tape.gradient(f, w)!)).toBe(5);
    expect(tape.gradient(f, c)).toBeNull();
    expect(tape.gradient(f, unused)).toBeNull();
    tape.watch(c);
    expect(item(tape.gradient(f, c)!)).toBe(2);
    const off = new GradientTape({ watchAccessedVariables: false });
    expect(off.gradient(f, w)).toBeNull();
  });

  it("answers in the shape asked: an array or a record of sources", () => {
    const a = parameter("a", 2);
    const b = parameter("b", 3);
    const tape = new GradientTape({ persistent: true });
    const f = a.mul(a).mul(b);
    expect(tape.gradient(f, [a, b]).map((g) => item(g!))).toEqual([12, 4]);
    const byName = tape.gradient(f, { a, b });
    expect(item(byName.a!)).toBe(12);
    expect(item(byName.b!)).toBe(4);
  });

  it("nested tapes give second derivatives: d2/dx2 of x^3 at x = 2 is 12", () => {
    const x = parameter("x", 2, { requiresGrad: false });
    const outer = new GradientTape();
    const inner = new GradientTape();
    outer.watch(x);
    inner.watch(x);
    const y = x.pow(3);
    const dy = inner.gradient(y, x)!;
    expect(item(dy)).toBe(12);
    expect(item(outer.gradient(dy, x)!)).toBe(12);
  });

  it("the gradient is the engine's symbolic derivative (an expression), read at the current value", () => {
    const x = parameter("x", 3);
    const tape = new GradientTape({ persistent: true });
    const g = tape.gradient(x.pow(2), x)!;
    expect(g.toString()).toBe("2 * x");
    x.value = 10;
    expect(item(g)).toBe(20);
  });

  it("watch inside noGrad records nothing (TensorFlow's stop_recording); plain variables can be watched", () => {
    const c = parameter("c", 4, { requiresGrad: false });
    const tape = new GradientTape({ persistent: true });
    noGrad(() => tape.watch(c));
    expect(tape.gradient(c.mul(c), c)).toBeNull();
    const x = variable("x");
    tape.watch(x);
    expect(tape.gradient(x.mul(x), x)!.eval({ x: 5 })).toBe(10);
    expect(() => tape.watch(2 as never)).toThrow(TypeError);
  });
});
