import { describe, expect, it } from "vitest";
import { constant, sin, variable, type Expression } from "../../src/index.js";

// A chain 100,000 deep, by nesting: nothing may recurse on it (long sums are in deepTrees.test.ts; two files
// so that vitest's two workers share the work).
const N = 100_000;
const x = variable("x");
const y = variable("y");

function nested(wrap: (e: Expression) => Expression): Expression {
  let e: Expression = x;
  for (let i = 0; i < N; i++) e = wrap(e);
  return e;
}

const triangle = (N * (N + 1)) / 2;

describe("100,000 nested sin", () => {
  const f = nested(sin);
  const at = { x: 1 };
  // reference: iterate s -> sin(s) and the slope by the chain rule, in plain JS
  let value = 1;
  let slope = 1;
  for (let i = 0; i < N; i++) {
    slope *= Math.cos(value);
    value = Math.sin(value);
  }
  it("eval matches iterating sin", () => expect(f.eval(at)).toBeCloseTo(value, 12));
  it("diff matches the chain rule in plain JS", () => expect(f.diff(at, "x")).toBeCloseTo(slope, 12));
  it("gradient matches diff", () => expect(f.gradient(at).x).toBeCloseTo(slope, 12));
  it("derivative evaluates to the same slope", () => expect(f.derivative("x").eval(at)).toBeCloseTo(slope, 12));
  it("the second derivative of 20,000 nested sin builds and matches diff of the first", () => {
    let g: Expression = x;
    for (let i = 0; i < 20_000; i++) g = sin(g);
    const first = g.derivative("x");
    expect(first.derivative("x").eval(at) / first.diff(at, "x")).toBeCloseTo(1, 9);
  });
  it("variables, toString and equals", () => {
    expect(f.variables()).toEqual(["x"]);
    const text = f.toString();
    expect(text.length).toBe(5 * N + 1);
    expect(text.startsWith("sin(sin(")).toBe(true);
    expect(f.equals(nested(sin))).toBe(true);
    expect(f.equals(nested((e) => sin(e.add(0))))).toBe(false);
  });
});

describe("100,000 nested negations", () => {
  const f = nested((e) => e.neg());
  it("eval, diff and gradient: an even count of signs is x itself", () => {
    expect(f.eval({ x: 3 })).toBe(3);
    expect(f.diff({ x: 3 }, "x")).toBe(1);
    expect(f.gradient({ x: 3 })).toEqual({ x: 1 });
  });
  it("derivative is 1 and simplify cancels every pair", () => {
    expect(f.derivative("x").toString()).toBe("1");
    expect(f.simplify().toString()).toBe("x");
  });
  it("toString is -(-(...-x...)), 100,000 signs deep", () => {
    expect(f.toString()).toBe(`${"-(".repeat(N - 1)}-x${")".repeat(N - 1)}`);
  });
  it("equals a second copy, and one more negation is different", () => {
    expect(f.equals(nested((e) => e.neg()))).toBe(true);
    expect(f.equals(f.neg())).toBe(false);
  });
});

describe("a deep chain with two variables", () => {
  it("sum of x * y * i over 100,000 terms: gradient agrees with diff", () => {
    let f: Expression = constant(0);
    for (let i = 1; i <= N; i++) f = f.add(x.mul(y).mul(i));
    const at = { x: 2, y: 3 };
    expect(f.gradient(at)).toEqual({ x: 3 * triangle, y: 2 * triangle });
    expect(f.diff(at, "y")).toBe(2 * triangle);
    expect(f.derivative("y").eval(at)).toBe(2 * triangle);
  });
});
