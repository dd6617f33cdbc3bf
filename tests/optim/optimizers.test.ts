import { describe, expect, it } from "vitest";
import { Adam, AdamW, SGD, parameter, sin, type Parameter } from "../../src/index.js";

// Each optimizer is compared, step by step, with PyTorch's documented algorithm written out again here
// in scalar form (torch.optim.SGD / Adam / AdamW documentation), on a loss whose gradient changes with
// the parameters, so momentum and the moment estimates see different gradients every step.
const lossOf = (a: Parameter, b: Parameter) => a.mul(b).sub(1).pow(2).add(sin(a)).add(b.pow(2).mul(0.5));
/** d loss / d (a, b) written by hand: 2(ab - 1) b + cos a, 2(ab - 1) a + b. */
const gradientAt = (a: number, b: number): [number, number] => [
  2 * (a * b - 1) * b + Math.cos(a),
  2 * (a * b - 1) * a + b,
];

function run(
  make: (params: Parameter[]) => SGD | Adam | AdamW,
  reference: (theta: number[], g: number[], t: number) => void,
  steps = 12,
): void {
  const a = parameter("a", 0.8);
  const b = parameter("b", -0.4);
  const optimizer = make([a, b]);
  const theta = [a.value, b.value];
  for (let t = 1; t <= steps; t++) {
    optimizer.zeroGrad();
    lossOf(a, b).backward();
    const g = gradientAt(theta[0]!, theta[1]!);
    expect(a.grad).toBeCloseTo(g[0]!, 12);
    expect(b.grad).toBeCloseTo(g[1]!, 12);
    optimizer.step();
    reference(theta, g, t);
    expect(Math.abs(a.value - theta[0]!), `a after step ${t}`).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(b.value - theta[1]!), `b after step ${t}`).toBeLessThanOrEqual(1e-12);
  }
}

describe("SGD matches PyTorch's algorithm step by step (1e-12)", () => {
  it("plain: theta <- theta - lr g", () => {
    run(
      (p) => new SGD(p, { lr: 0.1 }),
      (theta, g) => theta.forEach((_, j) => (theta[j]! -= 0.1 * g[j]!)),
    );
  });

  it("momentum 0.9, dampening 0.1, weight decay 0.01: b_1 = g, b_t = mu b + (1 - tau) g", () => {
    const buffer: number[] = [];
    run(
      (p) => new SGD(p, { lr: 0.05, momentum: 0.9, dampening: 0.1, weightDecay: 0.01 }),
      (theta, grad, t) =>
        theta.forEach((value, j) => {
          const g = grad[j]! + 0.01 * value;
          buffer[j] = t === 1 ? g : 0.9 * buffer[j]! + (1 - 0.1) * g;
          theta[j] = value - 0.05 * buffer[j]!;
        }),
    );
  });

  it("Nesterov: g <- g + mu b", () => {
    const buffer: number[] = [];
    run(
      (p) => new SGD(p, { lr: 0.05, momentum: 0.8, nesterov: true }),
      (theta, grad, t) =>
        theta.forEach((value, j) => {
          const g = grad[j]!;
          buffer[j] = t === 1 ? g : 0.8 * buffer[j]! + g;
          theta[j] = value - 0.05 * (g + 0.8 * buffer[j]!);
        }),
    );
  });

  it("refuses what PyTorch refuses: a non-positive lr, Nesterov without momentum, negative decay", () => {
    const p = [parameter("p", 1)];
    expect(() => new SGD(p, { lr: 0 })).toThrow(RangeError);
    expect(() => new SGD(p, { lr: Number.NaN })).toThrow(RangeError);
    expect(() => new SGD(p, { lr: 0.1, nesterov: true })).toThrow(/Nesterov/);
    expect(() => new SGD(p, { lr: 0.1, weightDecay: -1 })).toThrow(RangeError);
    expect(() => new SGD([], { lr: 0.1 })).toThrow(/at least one parameter/);
  });
});

describe("Adam matches PyTorch's algorithm step by step (1e-12)", () => {
  const adamReference = (
    lr: number,
    beta1: number,
    beta2: number,
    eps: number,
    weightDecay: number,
    amsgrad = false,
    decoupled = false,
  ) => {
    const m = [0, 0];
    const v = [0, 0];
    const vMax = [0, 0];
    return (theta: number[], grad: number[], t: number) =>
      theta.forEach((value, j) => {
        let th = value;
        let g = grad[j]!;
        if (decoupled) th = th - lr * weightDecay * th;
        else g = g + weightDecay * th;
        m[j] = beta1 * m[j]! + (1 - beta1) * g;
        v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
        const mHat = m[j]! / (1 - beta1 ** t);
        let vHat = v[j]! / (1 - beta2 ** t);
        if (amsgrad) {
          vMax[j] = Math.max(vMax[j]!, vHat);
          vHat = vMax[j]!;
        }
        theta[j] = th - (lr * mHat) / (Math.sqrt(vHat) + eps);
      });
  };

  it("defaults: lr 0.001, betas (0.9, 0.999), eps 1e-8", () => {
    run((p) => new Adam(p), adamReference(0.001, 0.9, 0.999, 1e-8, 0));
  });
  it("lr 0.05, betas (0.8, 0.99), eps 1e-6, weight decay 0.1 (L2, added to the gradient)", () => {
    run(
      (p) => new Adam(p, { lr: 0.05, betas: [0.8, 0.99], eps: 1e-6, weightDecay: 0.1 }),
      adamReference(0.05, 0.8, 0.99, 1e-6, 0.1),
    );
  });
  it("AMSGrad", () => {
    run((p) => new Adam(p, { lr: 0.05, amsgrad: true }), adamReference(0.05, 0.9, 0.999, 1e-8, 0, true), 30);
  });
  it("AdamW: decoupled weight decay, default 0.01", () => {
    run((p) => new AdamW(p, { lr: 0.05 }), adamReference(0.05, 0.9, 0.999, 1e-8, 0.01, false, true));
  });
  it("refuses betas outside [0, 1)", () => {
    expect(() => new Adam([parameter("p", 1)], { betas: [1, 0.999] })).toThrow(/beta1/);
    expect(() => new Adam([parameter("p", 1)], { betas: [0.9, -0.1] })).toThrow(/beta2/);
  });
});

describe("optimizers and the parameters they hold", () => {
  it("step() leaves the grads (zeroGrad clears them) and skips parameters that are not trained", () => {
    const w = parameter("w", 1);
    const frozen = parameter("f", 2, { requiresGrad: false });
    const optimizer = new SGD([w, frozen, w], { lr: 0.5 });
    expect(optimizer.parameters).toHaveLength(2);
    w.mul(frozen).backward();
    optimizer.step();
    expect(w.value).toBe(0);
    expect(frozen.value).toBe(2);
    expect(w.grad).toBe(2);
    optimizer.zeroGrad();
    expect(w.grad).toBe(0);
  });
});
