import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CompileError, compileSum, constant, sigmoid, tanh, variable, type Expression } from "../../src/index.js";
import { expectSame } from "../support/oracle.js";
import { finiteEverywhere, randomExpression, randomPoint } from "../support/randomExpression.js";

const m = variable("m");
const b = variable("b");
const x = variable("x");
const y = variable("y");

/** The kernel's sum and gradient against summing eval() and gradient() row by row. */
function expectSumAgrees(
  perRow: Expression,
  parameters: readonly string[],
  inputs: readonly string[],
  values: readonly number[],
  data: Float64Array,
  rows: Int32Array | null,
  start: number,
  end: number,
): void {
  const kernel = compileSum(perRow, { parameters, inputs });
  let sum = 0;
  const expected = new Float64Array(parameters.length);
  for (let r = start; r < end; r++) {
    const row = rows === null ? r : rows[r]!;
    const env: Record<string, number> = {};
    parameters.forEach((name, j) => (env[name] = values[j]!));
    inputs.forEach((name, c) => (env[name] = data[row * inputs.length + c]!));
    sum += perRow.eval(env);
    const gradient = perRow.gradient(env);
    parameters.forEach((name, j) => (expected[j]! += gradient[name] ?? 0));
  }
  const gradientOut = new Float64Array(parameters.length);
  const p = Float64Array.from(values);
  expectSame(kernel(p, data, rows, start, end, gradientOut), sum);
  expectSame(kernel.valueOnly(p, data, rows, start, end), sum);
  if (!Number.isFinite(sum)) return; // see finiteEverywhere
  expected.forEach((value, j) => expectSame(gradientOut[j]!, value));
}

const data = Float64Array.of(1, 3, 2, 5, -1, 0.5, 4, 9, 0, 1);

describe("compileSum", () => {
  it("squared error of a line: value and gradient over all rows", () => {
    expectSumAgrees(m.mul(x).add(b).sub(y).pow(2), ["m", "b"], ["x", "y"], [2, 1], data, null, 0, 5);
  });

  it("over a shuffled mini-batch of rows", () => {
    expectSumAgrees(
      m.mul(x).add(b).sub(y).pow(2),
      ["m", "b"],
      ["x", "y"],
      [0.5, -1],
      data,
      Int32Array.of(4, 0, 3, 1, 2),
      1,
      4,
    );
  });

  it("a term of the parameters alone (regularization) is hoisted and summed per row", () => {
    const perRow = sigmoid(m.mul(x).add(b)).sub(y).pow(2).add(m.pow(2).mul(0.1)).add(tanh(b));
    const kernel = compileSum(perRow, { parameters: ["m", "b"], inputs: ["x", "y"] });
    expect(kernel.source.indexOf("Math.tanh")).toBeLessThan(kernel.source.indexOf("for ("));
    expectSumAgrees(perRow, ["m", "b"], ["x", "y"], [0.3, -0.2], data, null, 0, 5);
  });

  it("adds into gradientOut: the caller zeroes it", () => {
    const kernel = compileSum(m.mul(x), { parameters: ["m"], inputs: ["x"] });
    const g = Float64Array.of(10);
    kernel(Float64Array.of(2), Float64Array.of(1, 2, 3), null, 0, 3, g);
    expect(g[0]).toBeCloseTo(16);
  });

  it("an empty range sums to 0; a per-row constant sums to rows * constant", () => {
    const kernel = compileSum(m.mul(2), { parameters: ["m"], inputs: ["x"] });
    const g = new Float64Array(1);
    expect(kernel(Float64Array.of(3), data, null, 2, 2, g)).toBe(0);
    expect(kernel(Float64Array.of(3), data, null, 0, 4, g)).toBeCloseTo(24);
    expect(g[0]).toBeCloseTo(8);
    expect(
      compileSum(constant(2), { parameters: [], inputs: ["x"] }).valueOnly(new Float64Array(0), data, null, 0, 3),
    ).toBe(6);
  });

  it("random per-row expressions: parameters x, y and input z", () => {
    const rows = Float64Array.of(0.5, -1.2, 2, 0, 1.7);
    fc.assert(
      fc.property(randomExpression(), randomPoint, (e, { x: px, y: py }) => {
        const everyRowFinite = [...rows].every((z) => finiteEverywhere(e, { x: px, y: py, z }));
        fc.pre(everyRowFinite);
        expectSumAgrees(e, ["x", "y"], ["z"], [px, py], rows, null, 0, 5);
        expectSumAgrees(e, ["x", "y"], ["z"], [px, py], rows, Int32Array.of(3, 1, 4), 0, 3);
      }),
      { numRuns: 150 },
    );
  });

  it("a per-row expression too long for one function still works (row by row)", () => {
    let perRow: Expression = m.mul(x).sub(y);
    for (let i = 0; i < 1500; i++) perRow = tanh(perRow).mul(1.001).add(b.mul(0.001));
    expectSumAgrees(perRow, ["m", "b"], ["x", "y"], [0.4, 0.1], data, Int32Array.of(2, 0), 0, 2);
  });

  it("every variable must be exactly one of parameter or input", () => {
    expect(() => compileSum(m.mul(x), { parameters: ["m"], inputs: [] })).toThrow(CompileError);
    expect(() => compileSum(m.mul(x), { parameters: ["m"], inputs: [] })).toThrow(
      'The per-row expression uses variable "x", which is neither a parameter nor an input (parameters: m; inputs: none)',
    );
    expect(() => compileSum(m.mul(x), { parameters: ["m", "x"], inputs: ["x"] })).toThrow(/"x" is listed twice/);
  });

  it("wrong lengths and ranges are named", () => {
    const kernel = compileSum(m.mul(x), { parameters: ["m"], inputs: ["x"] });
    expect(() => kernel(new Float64Array(2), data, null, 0, 1, new Float64Array(1))).toThrow(
      "Expected 1 parameters, got 2",
    );
    expect(() => kernel(new Float64Array(1), data, null, 0, 11, new Float64Array(1))).toThrow(
      /past the last row \(data has 10 rows\)/,
    );
    expect(() => kernel.valueOnly(new Float64Array(1), data, Int32Array.of(0), 0, 2)).toThrow(/rows has 1 entries/);
  });
});
