import { describe, expect, it } from "vitest";
import { MissingVariableError, Variable, expression, variable } from "../../src/index.js";
import { expectAgreesWithCentralDifferences, grid, vals } from "../support/oracle.js";

const x = expression("x");
const y = variable("y");

describe("Variable", () => {
  it('expression("x") builds a Variable, as in the course', () => expect(x).toBeInstanceOf(Variable));
  it("eval of x is 10", () => expect(x.eval(vals)).toBe(10));
  it("diff of x, d/dx is 1", () => expect(x.diff(vals, "x")).toBe(1));
  it("diff of x, d/dy is 0", () => expect(x.diff(vals, "y")).toBe(0));
  it("diff accepts the variable itself as wrt", () => expect(x.mul(y).diff(vals, x)).toBe(5));
  it("derivative of x wrt x is 1, wrt y is 0", () => {
    expect(x.derivative("x").toString()).toBe("1");
    expect(x.derivative(y).toString()).toBe("0");
  });
  it("gradient of x is { x: 1 }", () => expect(x.gradient(vals)).toEqual({ x: 1 }));
  it("two variables with the same name are the same variable", () => {
    expect(variable("x").mul(expression("x")).diff(vals, "x")).toBe(20);
    expect(variable("x").equals(expression("x"))).toBe(true);
    expect(variable("x").equals(y)).toBe(false);
  });
  it("variables() lists names sorted, each once", () => expect(y.mul(x).add(x).variables()).toEqual(["x", "y"]));
  it("a missing variable throws MissingVariableError", () =>
    expect(() => y.eval({ x: 1 })).toThrow(MissingVariableError));
  it('a name such as "constructor" is looked up in env only', () => {
    const c = variable("constructor");
    expect(() => c.eval({})).toThrow(MissingVariableError);
    expect(c.mul(c).gradient({ constructor: 3 })).toEqual({ constructor: 6 });
    const proto = variable("__proto__");
    expect(Object.keys(proto.gradient(JSON.parse('{"__proto__": 2}') as Record<string, number>))).toEqual([
      "__proto__",
    ]);
  });

  it("agrees with central differences on a grid", () => {
    expect(expectAgreesWithCentralDifferences(x.mul(y), grid([-2, 0, 1.5], [-1, 3]))).toBe(12);
  });
});
