import { describe, expect, it } from "vitest";
import { exercisesDrift, stubOf } from "../../scripts/kit/generate.js";

describe("kit: exercises/ is generated from solutions/", () => {
  it("exercises/ is up to date (npm run exercises:check)", () => {
    expect(exercisesDrift()).toEqual([]);
  });
  it("a region becomes a TODO line and a throw, indented alike, the signature kept", () => {
    const source = [
      "export function f(x: number): number {",
      "  // BEGIN SOLUTION TODO(00.1): return twice x",
      "  const twice = 2 * x;",
      "  return twice;",
      "  // END SOLUTION",
      "}",
    ].join("\n");
    expect(stubOf(source)).toBe(
      [
        "export function f(x: number): number {",
        "  // TODO: return twice x",
        '  throw new Error("TODO(00.1): return twice x");',
        "}",
      ].join("\n"),
    );
  });
  it("names the file and line of a region that is unclosed, nested, or lacks its TODO", () => {
    expect(() => stubOf("a\n// BEGIN SOLUTION TODO(1): x\nb", "f.ts")).toThrow(
      "f.ts:2: BEGIN SOLUTION is never closed",
    );
    expect(() => stubOf("// BEGIN SOLUTION\n// END SOLUTION", "f.ts")).toThrow(
      'f.ts:1: BEGIN SOLUTION needs "TODO(<id>): <what to write>"',
    );
    expect(() => stubOf("// END SOLUTION", "f.ts")).toThrow("f.ts:1: END SOLUTION without BEGIN SOLUTION");
    expect(() => stubOf("// BEGIN SOLUTION TODO(1): a\n// BEGIN SOLUTION TODO(2): b", "f.ts")).toThrow(
      "f.ts:2: BEGIN SOLUTION inside",
    );
  });
});
