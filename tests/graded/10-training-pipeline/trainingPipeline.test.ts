import { describe, expect, it } from "vitest";
import { LinearLayer, SGD } from "../../../src/index.js";
import {
  evaluateAt,
  learnDoubling,
  lossOf,
  prediction,
  stepByHand,
  trainStep,
} from "@impl/10-training-pipeline/trainingPipeline.js";

/** A LinearLayer(1, 1) with weight w and bias b. */
function layer(w: number, b: number): LinearLayer {
  const model = new LinearLayer(1, 1, { name: "f" });
  model.weight[0]![0]!.value = w;
  model.bias[0]!.value = b;
  return model;
}

describe("10 the training pipeline", () => {
  it("prediction is w * x + b, an expression of the layer's parameters", () => {
    const p = prediction(layer(1.5, -0.5), 4);
    expect(p.variables()).toEqual(["f_b0", "f_w0_0"]);
    expect(p.eval({ f_w0_0: 1.5, f_b0: -0.5 })).toBeCloseTo(5.5, 12);
  });

  it("lossOf is the mean squared error over the points", () => {
    const model = layer(1, 0);
    const loss = lossOf(model, [1, 2, 3], [2, 4, 6]);
    // errors -1, -2, -3: (1 + 4 + 9) / 3
    expect(loss.eval({ f_w0_0: 1, f_b0: 0 })).toBeCloseTo(14 / 3, 12);
  });

  it("stepByHand moves each value by -learningRate * grad", () => {
    const model = layer(1, 0);
    lossOf(model, [1, 2, 3], [2, 4, 6]).backward();
    // dL/dw = mean 2(w x - y) x = (2/3)(-1 - 4 - 9) = -28/3; dL/db = (2/3)(-1 - 2 - 3) = -4
    stepByHand(model.parameters(), 0.1);
    expect(model.weight[0]![0]!.value).toBeCloseTo(1 + 0.1 * (28 / 3), 12);
    expect(model.bias[0]!.value).toBeCloseTo(0.4, 12);
  });

  it("one trainStep returns the loss before the step and moves the parameters by -lr * gradient", () => {
    const model = layer(1, 0);
    const optimizer = new SGD(model.parameters(), { lr: 0.1 });
    expect(trainStep(model, optimizer, [1, 2, 3], [2, 4, 6])).toBeCloseTo(14 / 3, 12);
    expect(model.weight[0]![0]!.value).toBeCloseTo(1 + 0.1 * (28 / 3), 12);
    expect(model.bias[0]!.value).toBeCloseTo(0.4, 12);
  });

  it("learnDoubling learns f(x) = 2x: evaluateAt(model, 5) is close to 10 and the loss falls", () => {
    const { model, losses } = learnDoubling();
    expect(losses).toHaveLength(200);
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    expect(evaluateAt(model, 5)).toBeCloseTo(10, 1);
  });
});
