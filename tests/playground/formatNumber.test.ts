import { describe, expect, it } from "vitest";
import { formatNumber } from "../../playground/src/formatNumber.js";

describe("formatNumber: numbers on the page", () => {
  it.each([
    [18, "18"],
    [Math.SQRT1_2, "0.707107"],
    [-1.5, "-1.5"],
    [0, "0"],
    [-0, "0"],
    [6.8813735870195432, "6.88137"],
    [1.5e-7, "1.5e-7"],
    [123456789012, "1.235e+11"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("%s reads %s", (value, text) => expect(formatNumber(value)).toBe(text));
});
