import { describe, expect, it } from "vitest";
import { variable, type Expression } from "../../src/index.js";

// A loss summed over 100,000 rows is a chain 100,000 deep: nothing may recurse on it.
const N = 100_000;
const x = variable("x");

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
