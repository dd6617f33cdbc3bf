import { describe, expect, it } from "vitest";
import { describeError, studentLocation, withoutFloatNoise } from "../../scripts/kit/failureMessage.js";

describe("kit: failure messages a student can read", () => {
  it("floats lose their noise: 0.00005, not 0.000049999999999999996", () => {
    expect(
      withoutFloatNoise(
        "expected 0.000049999999999999996 to be close to 0.00006, received difference is 0.000009999999999999999",
      ),
    ).toBe("expected 0.00005 to be close to 0.00006, received difference is 0.00001");
  });
  it("but never so far that two different numbers read the same", () => {
    expect(withoutFloatNoise("expected 0.30000000000000004 to be less than 0.3")).toBe(
      "expected 0.30000000000000004 to be less than 0.3",
    );
  });
  it("integers, short decimals and exponents stay as written", () => {
    expect(withoutFloatNoise("expected [ 1, 2.5, 1e-7, 1106 ] to deeply equal [ 1, 2.5, 2e-7, 1106 ]")).toBe(
      "expected [ 1, 2.5, 1e-7, 1106 ] to deeply equal [ 1, 2.5, 2e-7, 1106 ]",
    );
  });
  it("a TODO names the file and line it was thrown from, not the test's or the library's", () => {
    const stack = [
      "Error: TODO(05.1): the mean over the rows of (w * x - y)^2",
      "    at loss (/tmp/work/exercises/05-gradient-descent/gradientDescent.ts:14:9)",
      "    at /work/tests/graded/05-gradient-descent/gradientDescent.test.ts:9:12",
    ].join("\n");
    expect(studentLocation(stack)).toBe("exercises/05-gradient-descent/gradientDescent.ts:14");
    expect(describeError({ message: "TODO(05.1): the mean over the rows of (w * x - y)^2", stack })).toBe(
      "TODO(05.1): the mean over the rows of (w * x - y)^2\n  at exercises/05-gradient-descent/gradientDescent.ts:14",
    );
  });
  it("an assertion failing in the test itself names no student file; a huge message is cut", () => {
    expect(studentLocation("AssertionError: x\n    at /a/node_modules/chai/index.js:1:1")).toBeUndefined();
    expect(describeError({ message: "y".repeat(5000) }).length).toBeLessThan(1600);
  });
});
