import { describe, expect, it } from "vitest";
import { mulberry32, shuffleInPlace } from "../../src/index.js";

describe("mulberry32", () => {
  it("gives the reference value for seed 42 and stays in [0, 1)", () => {
    const random = mulberry32(42);
    expect(random()).toBe(0.6011037519201636);
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it("shuffles to a permutation fixed by the seed", () => {
    const a = shuffleInPlace([0, 1, 2, 3, 4, 5], mulberry32(1));
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shuffleInPlace([0, 1, 2, 3, 4, 5], mulberry32(1))).toEqual(a);
  });
});
