import { describe, expect, it } from "vitest";
import {
  XOR,
  forward,
  initialWeights,
  lossExpression,
  predictXor,
  trainXor,
} from "@impl/09-neural-network-xor/xorNetwork.js";

describe("09 a neural network learns XOR", () => {
  it("forward is an expression of the weights, with the right value at known weights", () => {
    const out = forward([1, 0], 2);
    expect(out.variables()).toEqual(["b1_0", "b1_1", "b2", "w1_0_0", "w1_0_1", "w1_1_0", "w1_1_1", "w2_0", "w2_1"]);
    const weights = {
      b1_0: 0.1,
      b1_1: -0.2,
      b2: 0.3,
      w1_0_0: 0.5,
      w1_0_1: -0.4,
      w1_1_0: 0.7,
      w1_1_1: 0.2,
      w2_0: 1.5,
      w2_1: -1,
    };
    const z = 0.3 + 1.5 * Math.tanh(0.1 + 0.5) - Math.tanh(-0.2 - 0.4);
    expect(out.eval(weights)).toBeCloseTo(1 / (1 + Math.exp(-z)), 10);
  });
  it("the loss is the mean squared error over the four cases", () => {
    const weights = initialWeights(2, 3);
    const mean = XOR.reduce((sum, { input, target }) => sum + (forward(input, 2).eval(weights) - target) ** 2, 0) / 4;
    expect(lossExpression(2).eval(weights)).toBeCloseTo(mean, 10);
  });
  it("training drives the loss down and outputs round to 0, 1, 1, 0", () => {
    const network = trainXor();
    expect(network.lossHistory.at(-1)!).toBeLessThan(0.01);
    expect(network.lossHistory.at(-1)!).toBeLessThan(network.lossHistory[0]!);
    for (const { input, target } of XOR)
      expect(Math.round(predictXor(network, input)), `XOR(${input.join(", ")}) rounded`).toBe(target);
  });
  it("the same seed gives the same network", () => {
    const a = trainXor({ epochs: 50, seed: 11 });
    const b = trainXor({ epochs: 50, seed: 11 });
    expect(a.weights).toEqual(b.weights);
  });
});
