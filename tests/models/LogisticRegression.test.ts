import { describe, expect, it } from "vitest";
import { DataError, LogisticRegression, StandardScaler, accuracy, loadDataset } from "../../src/index.js";
import { linearPredict, logisticNewton } from "./references.js";

describe("LogisticRegression", () => {
  const X = [[-2], [-1], [-0.5], [0.5], [1], [2]];
  const y = [0, 0, 1, 0, 1, 1];

  it("learns a threshold on one feature", () => {
    const model = new LogisticRegression().fit(X, y, 500, 0.5, { seed: 1 });
    expect(model.predict([[-3], [3]])).toEqual([0, 1]);
    expect(model.score(X, y)).toBeCloseTo(4 / 6);
    const [p] = model.predictProba([[0]]);
    expect(p).toBeGreaterThan(0.3);
    expect(p).toBeLessThan(0.7);
  });

  it("predict uses the threshold", () => {
    const model = new LogisticRegression().fit(X, y, 500, 0.5, { seed: 1 });
    const [p] = model.predictProba([[0.2]]);
    expect(model.predict([[0.2]], (p as number) + 0.01)).toEqual([0]);
    expect(model.predict([[0.2]], (p as number) - 0.01)).toEqual([1]);
  });

  it("predictionExpression is sigmoid of the linear expression", () => {
    const model = new LogisticRegression().fit(X, y, 10, 0.5, { seed: 1 });
    expect(model.predictionExpression([2]).toString()).toBe("sigmoid(m0 * 2 + yint)");
    expect(model.predictionExpression([2]).eval(model.parameters())).toBeCloseTo(
      model.predictProba([[2]])[0] as number,
      12,
    );
  });

  it("labels other than 0/1 are a DataError naming the row", () => {
    expect(() => new LogisticRegression().fit([[1], [2]], [0, 2], 1, 0.1)).toThrow(DataError);
    expect(() => new LogisticRegression().fit([[1], [2]], [0, 2], 1, 0.1)).toThrow(
      /Row 2, column "y": Labels must be 0 or 1, got 2/,
    );
  });
});

describe("LogisticRegression on breast cancer (fixed split, standardized)", () => {
  it("test accuracy is within 1 point of scikit-learn-style logistic regression (L2, C = 1, Newton)", () => {
    const data = loadDataset("breast_cancer");
    const scaler = new StandardScaler().fit(data.XTrain);
    const XTrain = scaler.transform(data.XTrain);
    const XTest = scaler.transform(data.XTest);
    const reference = accuracy(
      data.yTest,
      linearPredict(logisticNewton(XTrain, data.yTrain), XTest).map((z) => (z >= 0 ? 1 : 0)),
    );
    expect(reference).toBeGreaterThan(0.96);
    expect(reference).toBeLessThan(0.99);
    const model = new LogisticRegression().fit(XTrain, data.yTrain, 300, 0.1, { seed: 0 });
    expect(Math.abs(model.score(XTest, data.yTest) - reference)).toBeLessThanOrEqual(0.01);
  });
});
