import { describe, expect, it } from "vitest";
import { LinearRegression, LogisticRegression, TrainingDivergedError, loadDataset } from "../../src/index.js";

describe("training", () => {
  it("raw house_rent at learning rate 0.01 diverges with a clear error and no NaN left behind", () => {
    const rent = loadDataset("house_rent");
    const model = new LinearRegression();
    let error: unknown;
    try {
      model.fit(rent.X, rent.y, 1000, 0.01, { seed: 0 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TrainingDivergedError);
    expect((error as Error).message).toMatch(/smaller learning rate/);
    expect((error as Error).message).toMatch(/standardize/);
    for (const value of Object.values(model.parameters())) expect(Number.isFinite(value)).toBe(true);
    for (const value of model.lossHistory) expect(Number.isFinite(value)).toBe(true);
  });

  it("the same seed gives identical parameters; another seed starts elsewhere", () => {
    const X = [
      [1, 0.5],
      [2, -1],
      [3, 0],
      [4, 2],
    ];
    const y = [2, 4, 6, 8];
    for (const batchSize of [4, 2, 1]) {
      const a = new LinearRegression().fit(X, y, 20, 0.01, { seed: 5, batchSize });
      const b = new LinearRegression().fit(X, y, 20, 0.01, { seed: 5, batchSize });
      expect(b.parameters()).toEqual(a.parameters());
      expect(b.lossHistory).toEqual(a.lossHistory);
      const c = new LinearRegression().fit(X, y, 20, 0.01, { seed: 6, batchSize });
      expect(c.parameters()).not.toEqual(a.parameters());
    }
    const p = new LogisticRegression().fit(X, [0, 1, 1, 0], 20, 0.1, { seed: 9, batchSize: 1 });
    const q = new LogisticRegression().fit(X, [0, 1, 1, 0], 20, 0.1, { seed: 9, batchSize: 1 });
    expect(q.parameters()).toEqual(p.parameters());
  });

  it("onEpoch sees every epoch's loss with the parameters up to date", () => {
    const seen: number[] = [];
    const model = new LinearRegression();
    model.fit([[1], [2]], [2, 4], 5, 0.05, {
      onEpoch: (epoch, loss) => {
        seen.push(epoch);
        expect(loss).toBe(model.lossHistory[epoch - 1]);
      },
    });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("bad arguments name the problem", () => {
    const model = new LinearRegression();
    expect(() => model.fit([[1], [2]], [1], 1, 0.1)).toThrow(/X has 2 rows but y has 1 values/);
    expect(() => model.fit([[1]], [1], 1, -1)).toThrow(/learningRate must be a positive number/);
    expect(() => model.fit([[1]], [1], 1, 0.1, { batchSize: 0 })).toThrow(/batchSize/);
    expect(() => model.predict([[1]])).toThrow(/call fit/);
  });
});
