import { describe, expect, it } from "vitest";
import { Constant, constant, variable } from "../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../support/oracle.js";

const x = variable("x");

describe("Constant", () => {
  it("constant(5) builds a Constant", () => expect(constant(5)).toBeInstanceOf(Constant));
  it("eval of 5 is 5", () => expect(constant(5).eval(vals)).toBe(5));
  it("eval needs no env", () => expect(constant(5).eval({})).toBe(5));
  it("diff of 5, d/dx is 0", () => expect(constant(5).diff(vals, "x")).toBe(0));
  it("derivative of 5 wrt x is 0", () => expect(constant(5).derivative("x").toString()).toBe("0"));
  it("gradient of 5 is empty", () => expect(constant(5).gradient(vals)).toEqual({}));
  it("has no variables", () => expect(constant(5).variables()).toEqual([]));
  it("a number operand becomes a Constant", () => expect(x.mul(2).children[1]).toBeInstanceOf(Constant));
  it("pi keeps its name, and is not the plain number 3.14159...", () => {
    const pi = new Constant(Math.PI, "pi");
    expect(pi.toString()).toBe("pi");
    expect(pi.equals(new Constant(Math.PI, "pi"))).toBe(true);
    expect(pi.equals(constant(Math.PI))).toBe(false);
  });
  it("equal values are equal constants", () => expect(constant(2).equals(constant(2))).toBe(true));

  it("contributes nothing to a derivative: 3 * x agrees with central differences", () => {
    expect(expectAgreesWithCentralDifferences(constant(3).mul(x).add(constant(7)), grid([-2, 0, 1.5]))).toBe(3);
  });
});
