import { describe, expect, it } from "vitest";
import { variable } from "../src/index.js";

describe("smoke", () => {
  it("diff of x * y, d/dx is 5", () => {
    const x = variable("x");
    const y = variable("y");
    expect(x.mul(y).diff({ x: 10, y: 5 }, "x")).toBeCloseTo(5);
  });
});
