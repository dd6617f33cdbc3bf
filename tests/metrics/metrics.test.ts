import { describe, expect, it } from "vitest";
import { accuracy, meanSquaredError, r2Score } from "../../src/index.js";

describe("metrics", () => {
  it("R^2 is 1 for a perfect fit and 0 for predicting the mean", () => {
    expect(r2Score([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(r2Score([1, 2, 3], [2, 2, 2])).toBeCloseTo(0);
    expect(r2Score([3, -0.5, 2, 7], [2.5, 0, 2, 8])).toBeCloseTo(0.9486, 4); // scikit-learn's doc example
  });

  it("MSE", () => expect(meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8])).toBeCloseTo(0.375));

  it("accuracy is the fraction of matching labels", () => expect(accuracy([0, 1, 1, 0], [0, 1, 0, 0])).toBe(0.75));

  it("different lengths are an error", () =>
    expect(() => accuracy([0, 1], [0])).toThrow(/1 predictions but 2 targets/));
});
