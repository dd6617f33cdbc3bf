import { describe, expect, it } from "vitest";
import {
  MLP,
  constant,
  logisticLoss,
  mulberry32,
  softmaxCrossEntropyOneHot,
  squaredError,
  type Activation,
  type Expression,
} from "../../src/index.js";
import { sumOf } from "../../src/losses/sumOf.js";
import { denseKernel, type DenseSpec } from "../../src/nn/denseKernel.js";

// The kernel writes dense-layer bookkeeping by hand; its gradient must be the engine's: the same network
// built as an expression (MLP.forward) and differentiated by reverse mode.
function check(sizes: number[], activation: Activation, kind: "mse" | "logistic" | "softmax", seed: number): void {
  const K = sizes.at(-1)!;
  const D = sizes[0]!;
  const targets = kind === "logistic" ? 1 : K;
  const loss: DenseSpec["loss"] =
    kind === "mse"
      ? (o, t) => sumOf(o.map((ok, k) => squaredError(ok, t[k]!)))
      : kind === "logistic"
        ? (o, t) => logisticLoss(o[0]!, t[0]!)
        : (o, t) => softmaxCrossEntropyOneHot(o, t);
  const kernel = denseKernel({ sizes, activation, loss, targets });
  const net = new MLP(sizes, { activation, seed, name: "n" });
  const params = net.parameters();
  expect(kernel.parameterCount).toBe(params.length);
  // kernel layout per layer: weights [out][in] row-major, then biases: the order of MLP.parameters()
  const values = Float64Array.from(params, (p) => p.value);
  const random = mulberry32(seed + 100);
  const rows = 7;
  const data = new Float64Array(rows * (D + targets));
  const labels: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < D; i++) data[r * (D + targets) + i] = 4 * random() - 2;
    const target =
      kind === "mse"
        ? Array.from({ length: K }, () => random())
        : kind === "logistic"
          ? [random() < 0.5 ? 0 : 1]
          : Array.from({ length: K }, (_, k) => (k === r % K ? 1 : 0));
    labels.push(target);
    target.forEach((v, t) => (data[r * (D + targets) + D + t] = v));
  }
  let total: Expression | undefined;
  for (let r = 0; r < rows; r++) {
    const row = Array.from(data.subarray(r * (D + targets), r * (D + targets) + D));
    const rowLoss = loss(
      net.forward(row),
      labels[r]!.map((v) => constant(v)),
    );
    total = total === undefined ? rowLoss : total.add(rowLoss);
  }
  total!.backward();
  const gradient = new Float64Array(params.length);
  const order = Int32Array.from([3, 1, 0, 6, 5, 4, 2]);
  const sum = kernel(values, data, order, 0, rows, gradient);
  const engineSum = total!.eval(Object.fromEntries(params.map((p) => [p.name, p.value])));
  expect(sum).toBeCloseTo(engineSum, 10);
  params.forEach((p, j) => expect(gradient[j], p.name).toBeCloseTo(p.grad, 10));
  const outputs = kernel.forward(
    values,
    Float64Array.from({ length: D }, (_, i) => data[i]!),
    1,
  );
  net
    .forward(Array.from(data.subarray(0, D)))
    .forEach((o, k) =>
      expect(outputs[k]).toBeCloseTo(o.eval(Object.fromEntries(params.map((p) => [p.name, p.value]))), 12),
    );
}

describe("denseKernel: the generated training kernel agrees with the engine's reverse pass", () => {
  it("8-32-1 tanh, squared error", () => check([8, 32, 1], "tanh", "mse", 1));
  it.each([
    [[3, 4, 2], "relu", "mse"],
    [[4, 5, 3], "sigmoid", "softmax"],
    [[5, 6, 1], "tanh", "logistic"],
    [[4, 3], "linear", "softmax"],
    [[2, 3, 4, 2], "leakyRelu", "mse"],
    [[60, 3, 1], "tanh", "mse"],
    [[3, 60, 2], "tanh", "softmax"],
  ] as const)("%j %s %s (wide layers loop instead of unrolling)", (sizes, activation, kind) =>
    check([...sizes], activation, kind, 2),
  );
  it("rejects a bad shape and out-of-range rows", () => {
    expect(() =>
      denseKernel({ sizes: [3], activation: "tanh", loss: (o, t) => squaredError(o[0]!, t[0]!), targets: 1 }),
    ).toThrow(/at least two sizes/);
    expect(() =>
      denseKernel({
        sizes: [100_000, 100_000, 1],
        activation: "tanh",
        loss: (o, t) => squaredError(o[0]!, t[0]!),
        targets: 1,
      }),
    ).toThrow(/at most 10000000/);
    const kernel = denseKernel({
      sizes: [1, 1],
      activation: "tanh",
      loss: (o, t) => squaredError(o[0]!, t[0]!),
      targets: 1,
    });
    expect(() => kernel(new Float64Array(2), new Float64Array(4), null, 0, 3, new Float64Array(2))).toThrow(
      /out of range/,
    );
  });
});
