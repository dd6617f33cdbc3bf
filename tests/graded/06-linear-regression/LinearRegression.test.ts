import { beforeAll, describe, expect, it } from "vitest";
import { StandardScaler, loadDataset, mulberry32 } from "../../../src/index.js";
import { LinearRegression } from "@impl/06-linear-regression/LinearRegression.js";

/** The course's 1-D linear set: y = 7x + 4 plus a little seeded noise, x in [0, 1]. */
function linearSet(): { X: number[][]; y: number[] } {
  const random = mulberry32(1);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 30; i++) {
    const x = i / 29;
    X.push([x]);
    y.push(7 * x + 4 + (random() - 0.5) * 0.5);
  }
  return { X, y };
}

describe("06 linear regression: the pieces", () => {
  it("predictionExpression(row) is m0*x0 + m1*x1 + yint, an expression of the parameters", () => {
    const model = new LinearRegression();
    const prediction = model.predictionExpression([2, 3]);
    expect(prediction.variables()).toEqual(["m0", "m1", "yint"]);
    expect(prediction.eval({ m0: 1.5, m1: -2, yint: 0.5 })).toBeCloseTo(1.5 * 2 - 2 * 3 + 0.5, 10);
  });
  it("gradients match the engine's derivative of the mean squared error", () => {
    const model = new LinearRegression();
    model.mx = { m0: 0.5, m1: -1 };
    model.yint = 2;
    const X = [
      [1, 2],
      [3, -1],
      [0.5, 4],
    ];
    const y = [1, 7, -2];
    const gradients = model.gradients(X, y);
    const loss = model.lossExpression(X, y);
    for (const name of ["m0", "m1", "yint"])
      expect(gradients[name], `gradients(X, y).${name}`).toBeCloseTo(loss.diff(model.parameters(), name), 9);
  });
  it("step moves every slope and the intercept against its gradient", () => {
    const model = new LinearRegression();
    model.mx = { m0: 1, m1: 2 };
    model.yint = 3;
    model.step({ m0: 10, m1: -10, yint: 5 }, 0.1);
    expect(model.mx.m0).toBeCloseTo(0);
    expect(model.mx.m1).toBeCloseTo(3);
    expect(model.yint).toBeCloseTo(2.5);
  });
});

describe("06 linear regression: the 1-D linear set (y = 7x + 4 + noise)", () => {
  // Trained in beforeAll, not at collection: an unfinished stub then fails these tests instead of the file.
  let model: LinearRegression;
  beforeAll(() => {
    const { X, y } = linearSet();
    model = new LinearRegression().fit(X, y, 300, 0.5);
  });
  it("learns m0 close to 7 and yint close to 4", () => {
    expect(model.mx.m0!).toBeCloseTo(7, 0);
    expect(model.yint).toBeCloseTo(4, 0);
  });
  it("the loss falls, ending near the noise level", () => {
    expect(model.lossHistory).toHaveLength(300);
    expect(model.lossHistory.at(-1)!).toBeLessThan(0.05);
    expect(model.lossHistory.at(-1)!).toBeLessThan(model.lossHistory[0]!);
  });
  it("predicts f(2) close to 18", () => {
    const [prediction] = model.predict([[2]]);
    expect(prediction!).toBeCloseTo(18, 0);
  });
});

describe("06 linear regression: housing (house_rent.csv, standardized, rent in thousands)", () => {
  const data = loadDataset("house_rent");
  const X = new StandardScaler().fitTransform(data.X);
  const rent = data.y.map((value) => value / 1000);
  let model: LinearRegression;
  beforeAll(() => {
    model = new LinearRegression().fit(X, rent, 500, 0.1);
  });
  it("has one slope per column and fits the four rents within 0.05 (thousand)", () => {
    expect(Object.keys(model.mx)).toEqual(["m0", "m1", "m2"]);
    const predictions = model.predict(X);
    expect(predictions).toHaveLength(4);
    predictions.forEach((prediction, i) =>
      expect(Math.abs(prediction - rent[i]!), `row ${i}: predicted ${prediction}, rent ${rent[i]}`).toBeLessThan(0.05),
    );
  });
});
