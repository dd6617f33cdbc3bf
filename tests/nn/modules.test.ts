import { describe, expect, it } from "vitest";
import { LinearLayer, MLP, item, parameter, tanh } from "../../src/index.js";

describe("LinearLayer (PyTorch's nn.Linear)", () => {
  it("out_o = sum_i w_oi x_i + b_o, every weight and bias a named parameter", () => {
    const layer = new LinearLayer(2, 3, { name: "fc", seed: 1 });
    expect(layer.parameters().map((p) => p.name)).toEqual([
      "fc_w0_0",
      "fc_w0_1",
      "fc_w1_0",
      "fc_w1_1",
      "fc_w2_0",
      "fc_w2_1",
      "fc_b0",
      "fc_b1",
      "fc_b2",
    ]);
    const out = layer.forward([2, -1]);
    expect(out).toHaveLength(3);
    out.forEach((o, k) =>
      expect(item(o)).toBeCloseTo(
        layer.weight[k]![0]!.value * 2 - layer.weight[k]![1]!.value + layer.bias[k]!.value,
        14,
      ),
    );
  });

  it("starts uniform in [-1/sqrt(in), 1/sqrt(in)) from the seed, as PyTorch does; same seed, same layer", () => {
    const values = (seed: number) => new LinearLayer(16, 8, { seed }).parameters().map((p) => p.value);
    const a = values(3);
    expect(a.every((v) => Math.abs(v) <= 0.25)).toBe(true);
    expect(Math.max(...a.map(Math.abs))).toBeGreaterThan(0.2);
    expect(values(3)).toEqual(a);
    expect(values(4)).not.toEqual(a);
  });

  it("takes expressions as inputs (layers stack), can drop the bias, and zeroGrad clears every grad", () => {
    const x = parameter("x", 0.5);
    const layer = new LinearLayer(1, 2, { bias: false, name: "nb" });
    expect(layer.parameters()).toHaveLength(2);
    const [first] = layer.forward([tanh(x)]);
    first!.backward();
    expect(layer.weight[0]![0]!.grad).toBeCloseTo(Math.tanh(0.5), 14);
    layer.zeroGrad();
    expect(layer.parameters().every((p) => p.grad === 0)).toBe(true);
  });

  it("default names never collide, so two layers can share one loss", () => {
    const a = new LinearLayer(1, 1);
    const b = new LinearLayer(1, 1);
    expect(a.name).not.toBe(b.name);
    const loss = b.forward(a.forward([1]))[0]!;
    expect(() => loss.backward()).not.toThrow();
  });

  it("bad sizes and a wrong row length are RangeErrors", () => {
    expect(() => new LinearLayer(0, 1)).toThrow(/inFeatures/);
    expect(() => new LinearLayer(1, 1.5)).toThrow(/outFeatures/);
    expect(() => new LinearLayer(2, 1).forward([1])).toThrow(/takes 2 inputs, got 1/);
  });
});

describe("MLP", () => {
  it("layers of the given sizes with the activation between them, not after the last", () => {
    const net = new MLP([2, 3, 1], { activation: "tanh", seed: 5, name: "m" });
    expect(net.layers.map((l) => [l.inFeatures, l.outFeatures])).toEqual([
      [2, 3],
      [3, 1],
    ]);
    expect(net.parameters()).toHaveLength(2 * 3 + 3 + 3 + 1);
    const [hidden, output] = net.layers as [LinearLayer, LinearLayer];
    const h = hidden.forward([0.3, -0.7]).map((z) => Math.tanh(item(z)));
    const expected = output.weight[0]!.reduce((s, w, j) => s + w.value * h[j]!, output.bias[0]!.value);
    expect(item(net.forward([0.3, -0.7])[0]!)).toBeCloseTo(expected, 14);
  });

  it("refuses fewer than two sizes and an unknown activation", () => {
    expect(() => new MLP([3])).toThrow(/at least two sizes/);
    expect(() => new MLP([1, 1], { activation: "gelu" as never })).toThrow(/Unknown activation "gelu"/);
  });
});
