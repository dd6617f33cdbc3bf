import { describe, expect, it } from "vitest";
import { Step, relu, variable } from "../../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../../support/oracle.js";

const x = variable("x");
const z = variable("z");

describe("Step", () => {
  it("is the derivative of relu", () => expect(relu(x).derivative("x")).toBeInstanceOf(Step));
  it("eval of step(x) is 1", () => expect(new Step(x).eval(vals)).toBe(1));
  it("eval of step(z) is 0", () => expect(new Step(z).eval(vals)).toBe(0));
  it("eval of step(0) is 0", () => expect(new Step(x).eval({ x: 0 })).toBe(0));
  it("diff of step(x), d/dx is 0", () => expect(new Step(x).diff(vals, "x")).toBe(0));
  it("derivative of step(x) wrt x is 0", () => expect(new Step(x).derivative("x").toString()).toBe("0"));
  it("gradient of step(x * z) is { x: 0, z: 0 }", () =>
    expect(new Step(x.mul(z)).gradient(vals)).toEqual({ x: 0, z: 0 }));
  it("prints as step(x)", () => expect(new Step(x).toString()).toBe("step(x)"));

  it("agrees with central differences on a grid (the jump is skipped)", () => {
    expect(expectAgreesWithCentralDifferences(new Step(x.sub(0.5)), grid([-2, 0, 0.5, 1.5, 3]))).toBe(4);
  });
});
