import { describe, expect, it } from "vitest";
import { parseBindings } from "../../src/cli/parseBindings.js";
import { CliError } from "../../src/cli/CliError.js";

describe("parseBindings", () => {
  it("reads pairs, repeated flags, signs and scientific notation", () => {
    expect(parseBindings(["x=2,y=-3.5", "z=1e-3", " w = .5 "])).toEqual({ x: 2, y: -3.5, z: 0.001, w: 0.5 });
  });

  it.each([
    ["x=abc", '"abc" is not a number'],
    ["x", 'binding "x" has no "="'],
    ["x=", "has no value"],
    ["=1", "no variable name"],
    ["x=1,,y=2", "empty binding"],
    ["1x=2", '"1x" is not a variable name'],
    ["x=0x10", '"0x10" is not a number'],
    ["x=1e999", "too large"],
  ])("%s is a usage error naming the bad part", (flag, message) => {
    expect(() => parseBindings([flag])).toThrow(CliError);
    expect(() => parseBindings([flag])).toThrow(message);
  });

  it("a variable given twice is an error", () => {
    expect(() => parseBindings(["x=1", "x=2"])).toThrow('"x" is given twice');
  });

  it("names that Object.prototype also has are plain variables", () => {
    const env = parseBindings(["toString=3,constructor=1", "__proto__=2"]);
    expect(Object.keys(env)).toEqual(["toString", "constructor", "__proto__"]);
    expect(Object.getOwnPropertyDescriptor(env, "__proto__")?.value).toBe(2);
    expect(() => parseBindings(["toString=1", "toString=2"])).toThrow('"toString" is given twice');
  });
});
