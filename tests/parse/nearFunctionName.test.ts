import { describe, expect, it } from "vitest";
import { editDistance, nearFunctionName } from "../../src/parse/nearFunctionName.js";

describe("nearFunctionName: the supported function a student most likely meant", () => {
  it("arcsinh is asinh, arcsin is asin, when those are supported", () => {
    const supported = ["asin", "asinh", "sin", "sinh"];
    expect(nearFunctionName("arcsinh", supported)?.call).toBe("asinh(u)");
    expect(nearFunctionName("arcsin", supported)?.call).toBe("asin(u)");
    expect(nearFunctionName("argsinh", supported)?.name).toBe("asinh");
  });
  it("ln10 is log10, or log(u, 10) where log10 is not supported", () => {
    expect(nearFunctionName("ln10", ["log", "log10"])?.call).toBe("log10(u)");
    expect(nearFunctionName("ln10", ["log"])?.call).toBe("log(u, 10)");
    expect(nearFunctionName("lg", ["log"])?.call).toBe("log(u, 10)");
  });
  it("another letter case, or one or two typing slips away", () => {
    const supported = ["cos", "exp", "leakyRelu", "relu", "sigmoid", "sin", "sqrt", "tanh"];
    expect(nearFunctionName("Sin", supported)?.name).toBe("sin");
    expect(nearFunctionName("ReLU", supported)?.name).toBe("relu");
    expect(nearFunctionName("sigmod", supported)?.name).toBe("sigmoid");
    expect(nearFunctionName("sqr", supported)?.name).toBe("sqrt");
    expect(nearFunctionName("tahn", supported)?.name).toBe("tanh");
  });
  it("nothing for a name far from every function, or a short one that may be a product", () => {
    expect(nearFunctionName("gamma", ["cos", "exp", "sin"])).toBeUndefined();
    expect(nearFunctionName("f", ["cos", "exp", "sin"])).toBeUndefined();
    expect(nearFunctionName("ab", ["abs"])).toBeUndefined();
  });
  it("reads the parser's list by default", () => {
    expect(nearFunctionName("sigmod")?.name).toBe("sigmoid");
  });
});

describe("editDistance counts inserts, deletes, replacements and swaps", () => {
  it.each([
    ["sin", "sin", 0],
    ["sine", "sin", 1],
    ["tahn", "tanh", 1],
    ["arcsinh", "asinh", 2],
    ["", "exp", 3],
  ])("%s -> %s: %i", (a, b, distance) => expect(editDistance(a, b)).toBe(distance));
});
