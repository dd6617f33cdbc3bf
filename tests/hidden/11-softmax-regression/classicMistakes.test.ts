import { describe, expect, it } from "vitest";
import { LinearLayer, loadDataset } from "../../../src/index.js";
import { datasetLoss, trainIris } from "@impl/11-softmax-regression/softmaxRegression.js";

// Instructors only. Each test names the classic mistake it catches.
describe("11 softmax regression: classic mistakes (hidden)", () => {
  it("the scaler is fitted on the training rows only (fitting on every row leaks the test set)", () => {
    const { scaler } = trainIris(1);
    const { XTrain } = loadDataset("iris");
    const trainMeans = XTrain[0]!.map((_, c) => XTrain.reduce((s, row) => s + row[c]!, 0) / XTrain.length);
    scaler.mean.forEach((mean, c) => expect(mean, `column ${c}`).toBeCloseTo(trainMeans[c]!, 12));
  });

  it("sum versus mean: each row twice leaves the loss unchanged", () => {
    const model = new LinearLayer(2, 3, { name: "h", seed: 4 });
    const values = Object.fromEntries(model.parameters().map((p) => [p.name, p.value]));
    const X = [
      [1, 2],
      [-1, 0.5],
    ];
    const y = [0, 2];
    expect(datasetLoss(model, [...X, ...X], [...y, ...y]).eval(values)).toBeCloseTo(
      datasetLoss(model, X, y).eval(values),
      12,
    );
  });
});
