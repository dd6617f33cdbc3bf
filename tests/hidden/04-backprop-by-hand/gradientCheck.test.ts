import { describe, expect, it } from "vitest";
import { exp, sin, variable } from "../../../src/index.js";
import { gradientCheck } from "@impl/04-backprop-by-hand/backprop.js";

// Instructors only. Catches exact float comparison: a central difference never equals the derivative exactly.
describe("04 gradient check: tolerances, not === (hidden)", () => {
  const x = variable("x");
  it("accepts analytic derivatives that differ from the difference quotient by rounding only", () => {
    const f = sin(x).mul(exp(x));
    for (const at of [0.1, 1.3, -2.2]) {
      const analytic = Math.exp(at) * (Math.sin(at) + Math.cos(at));
      expect(gradientCheck(f, { x: at }, "x", analytic)).toBe(true);
    }
  });
  it("still rejects an answer off by one percent", () => {
    expect(gradientCheck(x.pow(3), { x: 2 }, "x", 12 * 1.01)).toBe(false);
  });
});
