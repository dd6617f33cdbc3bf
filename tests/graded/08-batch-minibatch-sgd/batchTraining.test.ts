import { beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../../../src/index.js";
import {
  batches,
  compareLossCurves,
  meanSquaredError,
  train,
  type LossCurves,
} from "@impl/08-batch-minibatch-sgd/batchTraining.js";

/** The course's two-feature synthetic set: y = 2 x1 + 3 x2 + 1 plus a little noise, 64 rows. */
function syntheticSet(): { X: number[][]; y: number[] } {
  const random = mulberry32(5);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 64; i++) {
    const a = random();
    const b = random();
    X.push([a, b]);
    y.push(2 * a + 3 * b + 1 + (random() - 0.5) * 0.2);
  }
  return { X, y };
}

describe("08 batches", () => {
  it("every row appears exactly once, in groups of batchSize (the last may be smaller)", () => {
    const groups = batches(10, 4, mulberry32(1));
    expect(groups.map((group) => group.length)).toEqual([4, 4, 2]);
    expect(groups.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it("are shuffled by the seed: the same seed gives the same batches, another seed other ones", () => {
    expect(batches(20, 5, mulberry32(7))).toEqual(batches(20, 5, mulberry32(7)));
    expect(batches(20, 5, mulberry32(7))).not.toEqual(batches(20, 5, mulberry32(8)));
    expect(batches(20, 20, mulberry32(7))[0]).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe("08 train", () => {
  const { X, y } = syntheticSet();
  it("with batchSize = all rows is plain gradient descent: one full-batch step per epoch", () => {
    const trained = train(X, y, { batchSize: X.length, epochs: 1, learningRate: 0.1, seed: 1 });
    const mean = (f: (i: number) => number): number => y.reduce((sum, _, i) => sum + f(i), 0) / y.length;
    expect(trained.weights[0]!).toBeCloseTo(0.1 * mean((i) => 2 * y[i]! * X[i]![0]!), 10);
    expect(trained.bias).toBeCloseTo(0.1 * mean((i) => 2 * y[i]!), 10);
    expect(trained.lossHistory).toEqual([expect.closeTo(meanSquaredError(trained.weights, trained.bias, X, y), 10)]);
  });
  it("stochastic training recovers the slopes 2 and 3 and the intercept 1", () => {
    const trained = train(X, y, { batchSize: 1, epochs: 60, learningRate: 0.05, seed: 2 });
    expect(trained.weights[0]!).toBeCloseTo(2, 0);
    expect(trained.weights[1]!).toBeCloseTo(3, 0);
    expect(trained.bias).toBeCloseTo(1, 0);
  });
});

describe("08 compare loss curves (same seed, epochs and learning rate)", () => {
  const { X, y } = syntheticSet();
  const options = { epochs: 20, learningRate: 0.05, seed: 3 };
  let curves: LossCurves;
  beforeAll(() => {
    curves = compareLossCurves(X, y, options);
  });
  it("one loss per epoch for each, and the same seed reproduces every curve", () => {
    for (const curve of [curves.batch, curves.miniBatch, curves.stochastic]) expect(curve).toHaveLength(20);
    expect(compareLossCurves(X, y, options)).toEqual(curves);
  });
  it("batch falls every epoch; stochastic jitters (rises at least once)", () => {
    curves.batch
      .slice(1)
      .forEach((loss, i) => expect(loss, `batch loss after epoch ${i + 2} vs ${i + 1}`).toBeLessThan(curves.batch[i]!));
    expect(curves.stochastic.slice(1).some((loss, i) => loss > curves.stochastic[i]!)).toBe(true);
  });
  it("more updates per epoch, lower loss after 20 epochs: stochastic < mini-batch < batch", () => {
    expect(curves.stochastic.at(-1)!).toBeLessThan(curves.miniBatch.at(-1)!);
    expect(curves.miniBatch.at(-1)!).toBeLessThan(curves.batch.at(-1)!);
  });
});
