import { describe, expect, it } from "vitest";
import { productsSpelledOut, splitName } from "../../src/parse/splitName.js";

describe("splitName: a name of several letters read as a product of known ones", () => {
  it("xy is x * y when y (or x) is known", () => {
    expect(splitName("xy", ["y"])).toEqual(["x", "y"]);
    expect(splitName("xy", ["x"])).toEqual(["x", "y"]);
  });
  it("without guessing, every part must be known: mx beside x stays a name", () => {
    expect(splitName("mx", ["x"], false)).toBeUndefined();
    expect(splitName("xy", ["x", "y"], false)).toEqual(["x", "y"]);
  });
  it("fewest parts first: xyz with xy known is xy * z", () => {
    expect(splitName("xyz", ["xy"])).toEqual(["xy", "z"]);
  });
  it("no split when no part is known, or the name has digits or _", () => {
    expect(splitName("theta", ["x"])).toBeUndefined();
    expect(splitName("theta", ["t"])).toBeUndefined();
    expect(splitName("theta", ["th", "eta"])).toEqual(["th", "eta"]);
    expect(splitName("x2", ["x"])).toBeUndefined();
    expect(splitName("x_1", ["x"])).toBeUndefined();
    expect(splitName("x", ["x"])).toBeUndefined();
  });
});

describe("productsSpelledOut: the formula with those products written with *", () => {
  it("2xy with --wrt y is 2*x*y: the split uses y and guesses x", () => {
    expect(productsSpelledOut("2xy", ["y", "xy"], { guess: true, uses: "y" })).toBe("2*x*y");
    expect(productsSpelledOut("2xy", ["z", "xy"], { guess: true, uses: "z" })).toBeUndefined();
  });
  it("xy next to x in the formula, guessing y", () => {
    expect(productsSpelledOut("xy + x", ["x", "xy"], { guess: true })).toBe("x*y + x");
    expect(productsSpelledOut("xy + x", ["x", "xy"])).toBeUndefined();
  });
  it("xy with x and y both known, no guess needed", () => {
    expect(productsSpelledOut("xy + x", ["x", "y", "xy"])).toBe("x*y + x");
  });
  it("function names and calls stay: sin(xy) with x and y known is sin(x*y)", () => {
    expect(productsSpelledOut("sin(xy) + x", ["x", "y", "xy"])).toBe("sin(x*y) + x");
  });
  it("undefined when nothing splits", () => {
    expect(productsSpelledOut("x + y", ["x", "y"])).toBeUndefined();
  });
});
