import { describe, expect, it } from "vitest";
import { trainTestSplit } from "../../src/index.js";

const X = Array.from({ length: 10 }, (_, i) => [i, 10 * i]);
const y = Array.from({ length: 10 }, (_, i) => i);

describe("trainTestSplit", () => {
  it("holds out ceil(testSize * n) rows and keeps X and y together", () => {
    const split = trainTestSplit(X, y, { testSize: 0.25, seed: 3 });
    expect(split.XTest).toHaveLength(3);
    expect(split.XTrain).toHaveLength(7);
    split.XTrain.forEach((row, i) => expect(row[0]).toBe(split.yTrain[i]));
    expect([...split.trainRows, ...split.testRows].sort((a, b) => a - b)).toEqual(y);
  });

  it("the same seed picks the same rows; another seed, others", () => {
    expect(trainTestSplit(X, y, { seed: 7 }).testRows).toEqual(trainTestSplit(X, y, { seed: 7 }).testRows);
    expect(trainTestSplit(X, y, { seed: 7 }).testRows).not.toEqual(trainTestSplit(X, y, { seed: 8 }).testRows);
  });

  it("rejects a test size that leaves nothing to train on", () => {
    expect(() => trainTestSplit(X, y, { testSize: 10 })).toThrow(/testSize 10/);
  });
});
