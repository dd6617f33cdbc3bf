import { describe, expect, it } from "vitest";
import {
  Adam,
  GradientTape,
  LinearLayer,
  MLP,
  SGD,
  detach,
  item,
  mseLoss,
  noGrad,
  parameter,
  softmaxCrossEntropyLoss,
} from "../../src/index.js";

// One test per row of the README's table "PyTorch / TensorFlow -> gradkit", in the table's order: each is
// the row's example, runnable, with the course's own numbers where the course has them.
describe("README: PyTorch -> gradkit", () => {
  it("requires_grad: x = torch.tensor(3.0, requires_grad=True)", () => {
    const x = parameter("x", 3);
    expect([x.value, x.grad, x.requiresGrad]).toEqual([3, 0, true]);
    expect(parameter("c", 3, { requiresGrad: false }).requiresGrad).toBe(false);
  });

  it("backward and .grad: y = x^2 at x = 3, y.backward() gives x.grad = 6", () => {
    const x = parameter("x", 3);
    const y = x.pow(2);
    y.backward();
    expect(x.grad).toBe(6);
  });

  it("zero_grad: gradients accumulate (6, then 12) until zeroGrad()", () => {
    const x = parameter("x", 3);
    x.pow(2).backward();
    x.pow(2).backward();
    expect(x.grad).toBe(12);
    x.zeroGrad();
    expect(x.grad).toBe(0);
  });

  it("no_grad: with torch.no_grad(): ... is noGrad(() => ...)", () => {
    const w = parameter("w", 2);
    const value = noGrad(() => item(w.mul(5)));
    expect(value).toBe(10);
    expect(() => noGrad(() => w.mul(5).backward())).toThrow(/noGrad/);
  });

  it("detach and item: y.detach() is detach(y), y.item() is item(y)", () => {
    const w = parameter("w", 3);
    const y = w.mul(w);
    expect(item(y)).toBe(9);
    w.mul(detach(y)).backward();
    expect(w.grad).toBe(9);
  });

  it("nn.Linear and optimizer.step: learning f(x) = 2x from four points with SGD gives f(5) close to 10", () => {
    const model = new LinearLayer(1, 1, { seed: 0 });
    const optimizer = new SGD(model.parameters(), { lr: 0.05 });
    const X = [1, 2, 3, 4];
    const Y = [2, 4, 6, 8];
    for (let epoch = 0; epoch < 300; epoch++) {
      optimizer.zeroGrad();
      const loss = mseLoss(
        X.map((x) => model.forward([x])[0]!),
        Y,
      );
      loss.backward();
      optimizer.step();
    }
    const prediction = noGrad(() => item(model.forward([5])[0]!));
    expect(prediction).toBeCloseTo(10, 1);
  });

  it("nn.Sequential(nn.Linear, nn.Tanh, nn.Linear) and Adam: new MLP([2, 8, 1]) learns XOR", () => {
    const net = new MLP([2, 8, 1], { activation: "tanh", seed: 1 });
    const optimizer = new Adam(net.parameters(), { lr: 0.05 });
    const X = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const Y = [0, 1, 1, 0];
    const loss = mseLoss(
      X.map((row) => net.forward(row)[0]!),
      Y,
    ); // built once: values change, the tree does not
    for (let step = 0; step < 300; step++) {
      optimizer.zeroGrad();
      loss.backward();
      optimizer.step();
    }
    expect(X.map((row) => Math.round(item(net.forward(row)[0]!)))).toEqual(Y);
  });

  it("CrossEntropyLoss: nn.CrossEntropyLoss()(logits, targets) is softmaxCrossEntropyLoss(logits, targets)", () => {
    const layer = new LinearLayer(2, 3, { seed: 2 });
    const X = [
      [1, 0],
      [0, 1],
      [-1, -1],
    ];
    const targets = [0, 1, 2];
    const optimizer = new SGD(layer.parameters(), { lr: 0.5, momentum: 0.9 });
    const loss = softmaxCrossEntropyLoss(
      X.map((row) => layer.forward(row)),
      targets,
    );
    const before = item(loss);
    for (let step = 0; step < 50; step++) {
      optimizer.zeroGrad();
      loss.backward();
      optimizer.step();
    }
    expect(item(loss)).toBeLessThan(before / 10);
  });
});

describe("README: TensorFlow -> gradkit", () => {
  it("tape.gradient: tf.Variable(3.0), y = x^2 in a tape, tape.gradient(y, x) is 6", () => {
    const x = parameter("x", 3);
    const tape = new GradientTape();
    const y = x.pow(2);
    expect(item(tape.gradient(y, x)!)).toBe(6);
  });

  it("persistent and watch: y = x^2, z = y^2 at x = 3 give dz/dx = 108 and dy/dx = 6", () => {
    const x = parameter("x", 3, { requiresGrad: false }); // tf.constant(3.0): watch it
    const tape = new GradientTape({ persistent: true });
    tape.watch(x);
    const y = x.mul(x);
    const z = y.mul(y);
    expect(item(tape.gradient(z, x)!)).toBe(108);
    expect(item(tape.gradient(y, x)!)).toBe(6);
  });

  it("nested tapes: the second derivative of x^3 at x = 3 is 18", () => {
    const x = parameter("x", 3);
    const outer = new GradientTape();
    const inner = new GradientTape();
    const dy = inner.gradient(x.pow(3), x)!;
    const d2y = outer.gradient(dy, x)!;
    expect([item(dy), item(d2y)]).toEqual([27, 18]);
  });
});
