import { beforeAll, describe, expect, it } from "vitest";
import { LinearLayer, variable } from "../../../src/index.js";
import {
  argmax,
  crossEntropy,
  datasetLoss,
  predict,
  softmax,
  trainIris,
  type IrisResult,
} from "@impl/11-softmax-regression/softmaxRegression.js";

/** A LinearLayer(2, 3) with known weights. */
function layer(): LinearLayer {
  const model = new LinearLayer(2, 3, { name: "s" });
  const weights = [
    [1, 0],
    [0, 1],
    [-1, -1],
  ];
  model.weight.forEach((row, k) => row.forEach((w, j) => (w.value = weights[k]![j]!)));
  model.bias.forEach((b, k) => (b.value = [0, 0.5, 0][k]!));
  return model;
}

describe("11 softmax regression: the pieces", () => {
  it("softmax gives probabilities that add up to 1, in the logits' order", () => {
    const p = softmax([1, 2, 3]);
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const total = e[0]! + e[1]! + e[2]!;
    p.forEach((pk, k) => expect(pk).toBeCloseTo(e[k]! / total, 12));
  });
  it("softmax stays finite for large logits: [1000, 0] is [1, 0], not NaN", () => {
    const p = softmax([1000, 0]);
    expect(p[0]).toBeCloseTo(1, 12);
    expect(p[1]).toBeCloseTo(0, 12);
  });
  it("argmax is the index of the largest value", () => {
    expect(argmax([0.1, 0.7, 0.2])).toBe(1);
    expect(argmax([5, -1])).toBe(0);
    expect(argmax([-3, -2, -1])).toBe(2);
  });
  it("crossEntropy is log(sum e^z) - z_label", () => {
    const [a, b, c] = [variable("a"), variable("b"), variable("c")];
    const env = { a: 1, b: 2, c: 0.5 };
    const lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(0.5));
    expect(crossEntropy([a, b, c], 0).eval(env)).toBeCloseTo(lse - 1, 12);
    expect(crossEntropy([a, b, c], 2).eval(env)).toBeCloseTo(lse - 0.5, 12);
  });
  it("datasetLoss is the mean cross-entropy over the rows", () => {
    const model = layer();
    const X = [
      [1, 2],
      [0, -1],
    ];
    const y = [1, 2];
    const row = (x: number[], label: number) => {
      const z = [x[0]!, x[1]! + 0.5, -x[0]! - x[1]!];
      return Math.log(z.reduce((s, zk) => s + Math.exp(zk), 0)) - z[label]!;
    };
    const values = Object.fromEntries(model.parameters().map((p) => [p.name, p.value]));
    expect(datasetLoss(model, X, y).eval(values)).toBeCloseTo((row(X[0]!, 1) + row(X[1]!, 2)) / 2, 12);
  });
  it("predict is the class with the largest logit for every row", () => {
    expect(
      predict(layer(), [
        [3, 0],
        [0, 3],
        [-2, -2],
      ]),
    ).toEqual([0, 1, 2]);
  });
});

describe("11 softmax regression: iris (fixed split, standardized)", () => {
  let result: IrisResult;
  beforeAll(() => {
    result = trainIris();
  });
  it("reaches a test accuracy of at least 0.9", () => {
    expect(result.testAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.trainAccuracy).toBeGreaterThanOrEqual(0.9);
  });
  it("the loss falls from log 3 or so to well below it", () => {
    expect(result.losses).toHaveLength(100);
    expect(result.losses.at(-1)!).toBeLessThan(result.losses[0]! / 2);
  });
});
