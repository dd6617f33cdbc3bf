import { describe, expect, it } from "vitest";
import { LinearLayer, SGD } from "../../../src/index.js";
import { trainStep } from "@impl/10-training-pipeline/trainingPipeline.js";

// Instructors only. Each test names the classic mistake it catches.
describe("10 the training pipeline: classic mistakes (hidden)", () => {
  it("forgotten zeroGrad: the second of two steps follows its own gradient, not the sum of both", () => {
    const model = new LinearLayer(1, 1, { name: "f" });
    const [w, b] = [model.weight[0]![0]!, model.bias[0]!];
    w.value = 1;
    b.value = 0;
    const optimizer = new SGD(model.parameters(), { lr: 0.01 });
    const xs = [1, 2, 3];
    const ys = [2, 4, 6];
    trainStep(model, optimizer, xs, ys);
    // the gradient at the parameters after the first step, by hand: mean 2(w x + b - y) x and mean 2(w x + b - y)
    const [w1, b1] = [w.value, b.value];
    const errors = xs.map((x, i) => w1 * x + b1 - ys[i]!);
    const gw = (2 / 3) * errors.reduce((s, e, i) => s + e * xs[i]!, 0);
    const gb = (2 / 3) * errors.reduce((s, e) => s + e, 0);
    trainStep(model, optimizer, xs, ys);
    expect(w.value, "w after the second step").toBeCloseTo(w1 - 0.01 * gw, 12);
    expect(b.value, "b after the second step").toBeCloseTo(b1 - 0.01 * gb, 12);
  });

  it("the grads after a step hold that step's gradient only (zeroGrad before backward, not after step)", () => {
    const model = new LinearLayer(1, 1, { name: "f" });
    model.weight[0]![0]!.value = 0;
    model.bias[0]!.value = 0;
    const optimizer = new SGD(model.parameters(), { lr: 0.01 });
    trainStep(model, optimizer, [1], [3]);
    // at w = b = 0: dL/dw = 2(0 - 3) * 1 = -6, dL/db = -6
    expect(model.weight[0]![0]!.grad).toBeCloseTo(-6, 12);
    expect(model.bias[0]!.grad).toBeCloseTo(-6, 12);
  });
});
