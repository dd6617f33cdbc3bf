import { describe, expect, it } from "vitest";
import { sigmoid } from "../../../src/index.js";
import { makeDataset } from "../../../playground/src/training/datasets.js";
import { Network, type Activation } from "../../../playground/src/training/Network.js";

const H = 1e-6;

describe("the training view's network", () => {
  const points = makeDataset("moons");
  const everyRow = Int32Array.from({ length: points.count }, (_, i) => i);

  it.each<Activation>(["tanh", "relu", "sigmoid", "softplus", "swish", "gelu", "elu"])(
    "%s: the compiled gradient of the mean loss agrees with central differences",
    (activation) => {
      const network = new Network(3, activation, 5);
      const start = Float64Array.from(network.parameters);
      // one step with learning rate 1 moves the parameters by minus the gradient of the mean loss
      network.step(points.data, everyRow, 0, points.count, 1);
      const gradient = start.map((p, k) => p - network.parameters[k]!);
      network.parameters.set(start);
      for (let k = 0; k < start.length; k++) {
        network.parameters[k] = start[k]! + H;
        const up = network.meanLoss(points.data, points.count);
        network.parameters[k] = start[k]! - H;
        const down = network.meanLoss(points.data, points.count);
        network.parameters[k] = start[k]!;
        expect(gradient[k], network.names[k]).toBeCloseTo((up - down) / (2 * H), 6);
      }
    },
  );

  it("probability is sigmoid of the logit expression, evaluated by the tree walker", () => {
    const network = new Network(4, "tanh", 2);
    const env = Object.fromEntries(network.names.map((name, k) => [name, network.parameters[k]!]));
    for (const [x0, x1] of [
      [0.3, -0.7],
      [-1, 1],
      [0, 0],
    ] as const) {
      expect(network.probability(x0, x1)).toBeCloseTo(sigmoid(network.logit).eval({ ...env, x0, x1 }), 12);
    }
  });

  it("names its parameters as the page shows them: w{j}_0, w{j}_1, b{j}, then v{j}, then c", () => {
    expect(new Network(2, "tanh").names).toEqual(["w0_0", "w0_1", "b0", "w1_0", "w1_1", "b1", "c", "v0", "v1"]);
  });

  it("learns XOR: accuracy 1 within 200 epochs of mini-batches", () => {
    const xor = makeDataset("xor");
    const network = new Network(8, "tanh");
    const rows = Int32Array.from({ length: xor.count }, (_, i) => i);
    let epochs = 0;
    while (network.accuracy(xor.data, xor.count) < 1 && epochs < 200) {
      for (let s = 0; s < xor.count; s += 10) network.step(xor.data, rows, s, s + 10, 0.3);
      epochs++;
    }
    expect(network.accuracy(xor.data, xor.count)).toBe(1);
  });
});
