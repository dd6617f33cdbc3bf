import { describe, expect, it } from "vitest";
import { constant, sin, variable, type Expression } from "../../src/index.js";

// A loss summed over 100,000 rows is a chain 100,000 deep: nothing may recurse on it.
const N = 100_000;
const x = variable("x");
const y = variable("y");

/** x*1 + x*2 + ... + x*N, built as ((t1 + t2) + t3) + ... */
function leftSum(): Expression {
  let sum: Expression = x.mul(1);
  for (let i = 2; i <= N; i++) sum = sum.add(x.mul(i));
  return sum;
}
/** t1 + (t2 + (t3 + ...)) */
function rightSum(): Expression {
  let sum: Expression = x.mul(N);
  for (let i = N - 1; i >= 1; i--) sum = x.mul(i).add(sum);
  return sum;
}
function nested(wrap: (e: Expression) => Expression): Expression {
  let e: Expression = x;
  for (let i = 0; i < N; i++) e = wrap(e);
  return e;
}

const triangle = (N * (N + 1)) / 2;

describe.each([
  ["left-nested", leftSum],
  ["right-nested", rightSum],
])("a %s sum of 100,000 terms x * i", (_, build) => {
  const f = build();
  const at = { x: 2 };
  it("eval is 2 * (1 + ... + N)", () => expect(f.eval(at)).toBe(2 * triangle));
  it("diff is 1 + ... + N", () => expect(f.diff(at, "x")).toBe(triangle));
  it("gradient is { x: 1 + ... + N }", () => expect(f.gradient(at)).toEqual({ x: triangle }));
  it("derivative folds to the constant 1 + ... + N", () => expect(f.derivative("x").toString()).toBe(String(triangle)));
  it("variables is [x]", () => expect(f.variables()).toEqual(["x"]));
  it("toString prints every term, with the parentheses the nesting needs", () => {
    const text = f.toString();
    expect(text.startsWith(build === leftSum ? "x * 1 + x * 2 + " : "x * 1 + (x * 2 + (")).toBe(true);
    expect(text.split("+").length).toBe(N);
  });
  it("equals a second copy and not a copy with one term changed", () => {
    expect(f.equals(build())).toBe(true);
    expect(f.equals(build().add(0))).toBe(false);
  });
});

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
