import { describe, expect, it } from "vitest";
import { lossGradient } from "@impl/05-gradient-descent/gradientDescent.js";

// Instructors only. Catches = instead of += and sum instead of mean, on data other than the defaults.
describe("05 gradient descent: classic mistakes (hidden)", () => {
  it("the gradient is the mean over every row: 2 rows give (1/2)(2(w x - y) x) summed", () => {
    // rows (1, 1) and (3, 0) at w = 1: 2*(1-1)*1 = 0 and 2*(3-0)*3 = 18; mean 9
    expect(lossGradient(1, [1, 3], [1, 0])).toBeCloseTo(9, 10);
    // the last row alone would give 18; the sum 18 as well; the first row alone 0
    expect(lossGradient(1, [3, 1], [0, 1])).toBeCloseTo(9, 10);
  });
});
