import { describe, expect, it } from "vitest";
import {
  binaryCrossEntropy,
  binaryCrossEntropyLoss,
  logisticLoss,
  maeLoss,
  meanAbsoluteError,
  meanSquaredError,
  mseLoss,
  smoothL1,
  smoothL1Loss,
  softmax,
  softmaxCrossEntropy,
  softmaxCrossEntropyLoss,
  variable,
  type Expression,
} from "../../src/index.js";

const p = variable("p");
const q = variable("q");

/** Central difference of f with respect to `wrt` at env. */
function centralDifference(f: Expression, env: Record<string, number>, wrt: string, h = 1e-6): number {
  const up = { ...env, [wrt]: (env[wrt] as number) + h };
  const down = { ...env, [wrt]: (env[wrt] as number) - h };
  return (f.eval(up) - f.eval(down)) / (2 * h);
}

describe("regression losses: expression and plain function agree", () => {
  const env = { p: 1.7, q: -0.4 };
  const yTrue = [1, 2];
  const yPred = [env.p, env.q];

  it("MSE", () => expect(mseLoss([p, q], yTrue).eval(env)).toBeCloseTo(meanSquaredError(yTrue, yPred), 12));
  it("MAE", () => expect(maeLoss([p, q], yTrue).eval(env)).toBeCloseTo(meanAbsoluteError(yTrue, yPred), 12));
  it("SmoothL1 (Huber, delta 1): quadratic inside, linear outside", () => {
    expect(smoothL1Loss([p, q], yTrue).eval(env)).toBeCloseTo(smoothL1(yTrue, yPred), 12);
    expect(smoothL1([0], [0.5])).toBeCloseTo(0.125);
    expect(smoothL1([0], [3])).toBeCloseTo(2.5);
  });

  it.each([
    ["MSE", mseLoss([p, q], yTrue)],
    ["MAE", maeLoss([p, q], yTrue)],
    ["SmoothL1", smoothL1Loss([p, q], yTrue)],
  ])("%s: gradient agrees with central differences", (_name, loss) => {
    const gradient = loss.gradient(env);
    for (const wrt of ["p", "q"]) expect(gradient[wrt]).toBeCloseTo(centralDifference(loss, env, wrt), 6);
  });
});

describe("binary cross-entropy", () => {
  const z = variable("z");

  it("matches the textbook form on moderate logits", () => {
    const probability = 1 / (1 + Math.exp(-0.8));
    expect(logisticLoss(z, 1).eval({ z: 0.8 })).toBeCloseTo(-Math.log(probability), 12);
    expect(logisticLoss(z, 0).eval({ z: 0.8 })).toBeCloseTo(-Math.log(1 - probability), 12);
    expect(binaryCrossEntropyLoss([z], [1]).eval({ z: 0.8 })).toBeCloseTo(binaryCrossEntropy([1], [probability]), 12);
  });

  it("stays finite for |z| = 1000, where the textbook form gives log(0)", () => {
    expect(logisticLoss(z, 1).eval({ z: 1000 })).toBe(0);
    expect(logisticLoss(z, 0).eval({ z: 1000 })).toBeCloseTo(1000);
    expect(logisticLoss(z, 1).eval({ z: -1000 })).toBeCloseTo(1000);
    expect(logisticLoss(z, 1).diff({ z: -1000 }, "z")).toBeCloseTo(-1);
    expect(logisticLoss(z, 1).gradient({ z: 1000 }).z).toBeCloseTo(0);
  });

  it("its derivative is sigmoid(z) - y, also at z = 0", () => {
    for (const at of [-3, -0.5, 0, 0.5, 3]) {
      const sigma = 1 / (1 + Math.exp(-at));
      expect(logisticLoss(z, 1).diff({ z: at }, "z")).toBeCloseTo(sigma - 1, 12);
      expect(logisticLoss(z, 0).gradient({ z: at }).z).toBeCloseTo(sigma, 12);
    }
  });

  it("the plain function clips probabilities, so a confident mistake is finite", () => {
    expect(binaryCrossEntropy([1], [0])).toBeCloseTo(34.54, 1);
  });
});

describe("cross-entropy over softmax", () => {
  const [a, b, c] = [variable("a"), variable("b"), variable("c")];

  it("softmax sums to 1 and survives huge logits", () => {
    const s = softmax([1000, 1000, 0]);
    expect(s[0]).toBeCloseTo(0.5);
    expect(s.reduce((x, y) => x + y, 0)).toBeCloseTo(1);
  });

  it("expression and plain function agree", () => {
    const env = { a: 0.3, b: -1.2, c: 2 };
    const loss = softmaxCrossEntropyLoss(
      [
        [a, b, c],
        [c, a, b],
      ],
      [2, 0],
    );
    expect(loss.eval(env)).toBeCloseTo(
      softmaxCrossEntropy(
        [
          [0.3, -1.2, 2],
          [2, 0.3, -1.2],
        ],
        [2, 0],
      ),
      12,
    );
  });

  it("the expression stays finite at logits of 1000", () => {
    const loss = softmaxCrossEntropyLoss([[a, b, c]], [1]);
    expect(loss.eval({ a: 1000, b: 0, c: 0 })).toBeCloseTo(1000);
    expect(Number.isFinite(loss.gradient({ a: 1000, b: 0, c: 0 }).a)).toBe(true);
  });

  it("gradient is softmax - onehot, and agrees with central differences", () => {
    const env = { a: 0.3, b: -1.2, c: 2 };
    const loss = softmaxCrossEntropyLoss([[a, b, c]], [0]);
    const s = softmax([0.3, -1.2, 2]);
    const gradient = loss.gradient(env);
    expect(gradient.a).toBeCloseTo((s[0] as number) - 1, 10);
    expect(gradient.c).toBeCloseTo(s[2] as number, 10);
    for (const wrt of ["a", "b", "c"]) expect(gradient[wrt]).toBeCloseTo(centralDifference(loss, env, wrt), 6);
  });

  it("an out-of-range class names the range", () => {
    expect(() => softmaxCrossEntropy([[1, 2]], [2])).toThrow(/classes 0\.\.1/);
  });
});
