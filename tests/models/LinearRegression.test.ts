import { describe, expect, it } from "vitest";
import { LinearRegression, StandardScaler, loadDataset, mulberry32, r2Score } from "../../src/index.js";
import { leastSquares, linearPredict } from "./references.js";

/** Seeded standard normal noise (Box-Muller on mulberry32). */
function gaussian(seed: number): () => number {
  const random = mulberry32(seed);
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

describe("LinearRegression on the course's examples", () => {
  it("y = 2x on x = 1..4 learns w -> 2 and predicts f(5) -> 10", () => {
    const model = new LinearRegression().fit([[1], [2], [3], [4]], [2, 4, 6, 8], 2000, 0.05, { seed: 1 });
    expect(model.mx.m0).toBeCloseTo(2, 3);
    expect(model.yint).toBeCloseTo(0, 3);
    expect(model.predict([[5]])[0]).toBeCloseTo(10, 2);
    expect(model.lossHistory).toHaveLength(2000);
  });

  it("y = 7x + 4 plus noise learns w ~ 7, b ~ 4", () => {
    const random = mulberry32(7);
    const noise = gaussian(8);
    const X = Array.from({ length: 100 }, () => [10 * random()]);
    const y = X.map(([x]) => 7 * (x as number) + 4 + noise());
    const model = new LinearRegression().fit(X, y, 3000, 0.02, { seed: 2 });
    const [slope, intercept] = leastSquares(X, y);
    expect(model.mx.m0).toBeCloseTo(slope as number, 4);
    expect(model.yint).toBeCloseTo(intercept as number, 3);
    expect(Math.abs((model.mx.m0 as number) - 7)).toBeLessThan(0.15);
    expect(Math.abs(model.yint - 4)).toBeLessThan(0.6);
  });

  it("the two-feature set y = 2 x1 + 3 x2 + 1 recovers its slopes", () => {
    const random = mulberry32(3);
    const X = Array.from({ length: 50 }, () => [random(), random()]);
    const y = X.map(([a, b]) => 2 * (a as number) + 3 * (b as number) + 1);
    const model = new LinearRegression().fit(X, y, 5000, 0.5, { seed: 3 });
    expect(model.mx.m0).toBeCloseTo(2, 3);
    expect(model.mx.m1).toBeCloseTo(3, 3);
    expect(model.yint).toBeCloseTo(1, 3);
  });

  it("mini-batch and stochastic gradient descent learn y = 2x too", () => {
    const X = [[1], [2], [3], [4]];
    const y = [2, 4, 6, 8];
    for (const batchSize of [1, 2]) {
      const model = new LinearRegression().fit(X, y, 1000, 0.02, { seed: 4, batchSize });
      expect(model.predict([[5]])[0]).toBeCloseTo(10, 2);
    }
  });

  it("the course's sum of squares ('sse') reaches the same line", () => {
    const model = new LinearRegression().fit([[1], [2], [3], [4]], [2, 4, 6, 8], 2000, 0.01, { seed: 1, loss: "sse" });
    expect(model.mx.m0).toBeCloseTo(2, 3);
    expect(model.lossHistory.at(-1)).toBeCloseTo(0, 5);
  });

  it("a DataFrame works as X; predictionExpression is what students inspect", () => {
    const rent = loadDataset("house_rent");
    const model = new LinearRegression().fit(rent.frame.select(["rooms"]), rent.y, 10, 0.001, { seed: 1 });
    const expression = model.predictionExpression([3]);
    expect(expression.toString()).toBe("m0 * 3 + yint");
    expect(expression.eval(model.parameters())).toBeCloseTo(model.predict([[3]])[0] as number, 10);
  });
});

describe("LinearRegression on diabetes (fixed split, standardized)", () => {
  it("test R^2 is within 0.01 of closed-form least squares on the same split", () => {
    const data = loadDataset("diabetes");
    const scaler = new StandardScaler().fit(data.XTrain);
    const XTrain = scaler.transform(data.XTrain);
    const XTest = scaler.transform(data.XTest);
    const model = new LinearRegression().fit(XTrain, data.yTrain, 3000, 0.1, { seed: 0 });
    const reference = r2Score(data.yTest, linearPredict(leastSquares(XTrain, data.yTrain), XTest));
    expect(reference).toBeCloseTo(0.4526, 3); // scikit-learn's LinearRegression on this split
    expect(Math.abs(model.score(XTest, data.yTest) - reference)).toBeLessThan(0.01);
  });
});
