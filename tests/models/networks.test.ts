import { describe, expect, it } from "vitest";
import {
  DataError,
  LinearRegression,
  LogisticRegression,
  MLPClassifier,
  MLPRegressor,
  SoftmaxRegression,
  StandardScaler,
  TrainingDivergedError,
  loadDataset,
  mulberry32,
} from "../../src/index.js";
import { logisticNewton, solve } from "./references.js";
import references from "../nn/sklearnReferences.json" with { type: "json" };

/** A dataset's fixed split, standardized with a scaler fitted on the training rows only. */
function standardized(name: "iris" | "wine" | "breast_cancer") {
  const data = loadDataset(name);
  const scaler = new StandardScaler().fit(data.XTrain);
  return {
    XTrain: scaler.transform(data.XTrain),
    yTrain: data.yTrain,
    XTest: scaler.transform(data.XTest),
    yTest: data.yTest,
  };
}

describe("real data: within 0.02 of scikit-learn's test accuracy on the same split (tests/nn/sklearnReferences.json)", () => {
  it.each(["iris", "wine"] as const)(
    "SoftmaxRegression on %s (scikit-learn: multinomial LogisticRegression, C = 1)",
    (name) => {
      const { XTrain, yTrain, XTest, yTest } = standardized(name);
      // C = 1 penalises 0.5 |W|^2 against the SUM of the losses: weightDecay 1/n against their mean
      const model = new SoftmaxRegression().fit(XTrain, yTrain, 1000, 0.5, { weightDecay: 1 / XTrain.length });
      const reference = references[name];
      expect(Math.abs(model.score(XTest, yTest) - reference.testAccuracy)).toBeLessThanOrEqual(0.02);
      expect(Math.abs(model.score(XTrain, yTrain) - reference.trainAccuracy)).toBeLessThanOrEqual(0.02);
      expect(model.lossHistory.at(-1)!).toBeLessThan(model.lossHistory[0]!);
    },
  );

  it("MLPClassifier on breast cancer (scikit-learn: the same 16 tanh units, adam, batches of 32, 100 epochs)", () => {
    const { XTrain, yTrain, XTest, yTest } = standardized("breast_cancer");
    for (const seed of [0, 1]) {
      const model = new MLPClassifier({ hidden: [16], activation: "tanh", seed });
      model.fit(XTrain, yTrain, 100, 0.01, { optimizer: "adam", batchSize: 32, weightDecay: 1e-4 / 32 });
      expect(
        Math.abs(model.score(XTest, yTest) - references.breast_cancer.testAccuracy),
        `seed ${seed}`,
      ).toBeLessThanOrEqual(0.02);
    }
  });
});

describe("SoftmaxRegression", () => {
  const X = [
    [0, 0],
    [0.2, 0.1],
    [3, 0],
    [3.1, 0.3],
    [0, 3],
    [0.2, 3.2],
  ];
  const y = [0, 0, 1, 1, 2, 2];

  it("separates three clusters; probabilities are a softmax (rows add up to 1)", () => {
    const model = new SoftmaxRegression().fit(X, y, 300, 0.5);
    expect(model.predict(X)).toEqual(y);
    expect(model.score(X, y)).toBe(1);
    for (const row of model.predictProba(X)) expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(model.weights[0]).toHaveLength(3);
    expect(model.biases[0]).toHaveLength(3);
  });

  it("the same seed gives the same weights; mini-batches and adam train too", () => {
    const a = new SoftmaxRegression({ seed: 3 }).fit(X, y, 20, 0.1, { batchSize: 2 });
    const b = new SoftmaxRegression({ seed: 3 }).fit(X, y, 20, 0.1, { batchSize: 2 });
    expect(b.weights).toEqual(a.weights);
    expect(new SoftmaxRegression().fit(X, y, 200, 0.05, { optimizer: "adam" }).score(X, y)).toBe(1);
  });

  it("stays finite on huge inputs (the max logit is subtracted)", () => {
    const model = new SoftmaxRegression().fit([[1000], [-1000]], [0, 1], 5, 0.1);
    expect(model.lossHistory.every(Number.isFinite)).toBe(true);
    expect(model.predictProba([[1e6]])[0]!.every(Number.isFinite)).toBe(true);
  });

  it("labels must be whole numbers >= 0; predicting before fit is a DataError", () => {
    expect(() => new SoftmaxRegression().fit([[1], [2]], [0, 1.5], 1, 0.1)).toThrow(/Row 2, column "y": Class labels/);
    expect(() => new SoftmaxRegression().fit([[1], [2]], [0, -1], 1, 0.1)).toThrow(DataError);
    expect(() => new SoftmaxRegression().predict([[1]])).toThrow(/call fit/);
    expect(() => new SoftmaxRegression().fit(X, y, 1, 0.1, { optimizer: "rmsprop" as never })).toThrow(
      /Unknown optimizer "rmsprop"/,
    );
  });
});

describe("MLPRegressor and MLPClassifier", () => {
  it("MLPRegressor learns sin(x) on [-3, 3] (R^2 above 0.95)", () => {
    const X = Array.from({ length: 60 }, (_, i) => [-3 + (6 * i) / 59]);
    const y = X.map(([x]) => Math.sin(x!));
    const model = new MLPRegressor({ hidden: [16], activation: "tanh", seed: 1 }).fit(X, y, 2000, 0.01, {
      optimizer: "adam",
    });
    expect(model.score(X, y)).toBeGreaterThan(0.95);
    expect(model.layerSizes).toEqual([1, 16, 1]);
  });

  it("MLPClassifier learns XOR (two classes: one logit) and three classes (softmax)", () => {
    const X = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const xor = new MLPClassifier({ hidden: [8], activation: "tanh", seed: 2 }).fit(X, [0, 1, 1, 0], 500, 0.05, {
      optimizer: "adam",
    });
    expect(xor.predict(X)).toEqual([0, 1, 1, 0]);
    expect(xor.layerSizes.at(-1)).toBe(1);
    const three = new MLPClassifier({ hidden: [8], seed: 2 }).fit(X, [0, 1, 2, 1], 500, 0.05, { optimizer: "adam" });
    expect(three.predict(X)).toEqual([0, 1, 2, 1]);
    expect(three.predictProba(X)[0]).toHaveLength(3);
  });

  it("a learning rate far too large stops with TrainingDivergedError and finite weights", () => {
    const X = Array.from({ length: 20 }, (_, i) => [i * 100]);
    const y = X.map(([x]) => x! * 1000);
    const model = new MLPRegressor({ hidden: [4], activation: "linear" });
    expect(() => model.fit(X, y, 100, 10)).toThrow(TrainingDivergedError);
    expect(model.weights.flat(2).every(Number.isFinite)).toBe(true);
  });

  it("bad options name the problem", () => {
    expect(() => new MLPClassifier({ hidden: [0] })).toThrow(/hidden sizes/);
    expect(() => new MLPClassifier({ activation: "swish" as never })).toThrow(/Unknown activation "swish"/);
    expect(() => new MLPRegressor().fit([[1]], [1], 1, 0.1, { weightDecay: -1 })).toThrow(/weightDecay/);
  });
});

describe("weightDecay and adam for the linear models", () => {
  const random = mulberry32(7);
  const X = Array.from({ length: 40 }, () => [2 * random() - 1, 2 * random() - 1]);
  const y = X.map(([a, b]) => 3 * a! - 2 * b! + 1 + 0.1 * (random() - 0.5));

  it("LinearRegression with weightDecay lambda reaches ridge regression (intercept not penalised)", () => {
    const lambda = 0.5;
    const model = new LinearRegression().fit(X, y, 3000, 0.2, { weightDecay: lambda });
    // minimise mean (w.x + b - y)^2 + lambda/2 |w|^2: (2/n A^T A + diag(lambda, lambda, 0)) theta = 2/n A^T y
    const A = X.map((row) => [...row, 1]);
    const n = X.length;
    const M = [0, 1, 2].map((i) =>
      [0, 1, 2].map((j) => (2 / n) * A.reduce((s, row) => s + row[i]! * row[j]!, 0) + (i === j && i < 2 ? lambda : 0)),
    );
    const rhs = [0, 1, 2].map((i) => (2 / n) * A.reduce((s, row, r) => s + row[i]! * y[r]!, 0));
    const [w0, w1, b] = solve(M, rhs);
    expect(model.mx.m0!).toBeCloseTo(w0!, 8);
    expect(model.mx.m1!).toBeCloseTo(w1!, 8);
    expect(model.yint).toBeCloseTo(b!, 8);
    expect(Math.abs(model.mx.m0!)).toBeLessThan(3);
  });

  it("LogisticRegression with weightDecay 1/n reaches scikit-learn's C = 1 optimum (Newton's method)", () => {
    const labels = y.map((v) => (v > 1 ? 1 : 0));
    const model = new LogisticRegression().fit(X, labels, 5000, 1, { weightDecay: 1 / X.length });
    const [w0, w1, b] = logisticNewton(X, labels);
    expect(model.mx.m0!).toBeCloseTo(w0!, 5);
    expect(model.mx.m1!).toBeCloseTo(w1!, 5);
    expect(model.yint).toBeCloseTo(b!, 5);
  });

  it("LinearRegression with adam, and with momentum, converges to least squares", () => {
    for (const options of [{ optimizer: "adam" as const }, { momentum: 0.9 }]) {
      const model = new LinearRegression().fit(X, y, 3000, 0.05, options);
      expect(model.mx.m0!).toBeCloseTo(3, 1);
      expect(model.mx.m1!).toBeCloseTo(-2, 1);
    }
  });
});
