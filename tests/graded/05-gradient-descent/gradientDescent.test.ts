import { describe, expect, it } from "vitest";
import { variable } from "../../../src/index.js";
import { loss, lossGradient, predict, train, xs, ys } from "@impl/05-gradient-descent/gradientDescent.js";

describe("05 gradient descent by hand on y = 2x", () => {
  it("the loss is 0 at w = 2 and 7.5 at w = 1 (the mean of 1, 4, 9, 16)", () => {
    expect(loss(2)).toBeCloseTo(0);
    expect(loss(1)).toBeCloseTo(7.5);
  });
  it("the hand-derived gradient matches the engine's on the same loss", () => {
    const w = variable("w");
    let total = w.mul(0);
    xs.forEach((x, i) => (total = total.add(w.mul(x).sub(ys[i]!).pow(2))));
    const engineLoss = total.div(xs.length);
    for (const at of [0, 0.5, 2, 3.7])
      expect(lossGradient(at), `lossGradient(${at})`).toBeCloseTo(engineLoss.diff({ w: at }, "w"), 9);
  });
  it("one step from w = 0 at learning rate 0.01 lands at 0.3", () => {
    // dL/dw at 0 = mean of -4 x^2 = -30
    expect(train(1, 0.01)).toEqual([expect.closeTo(0, 12), expect.closeTo(0.3, 12)]);
  });
  it("training learns w -> 2, and f(5) -> 10", () => {
    const history = train(100, 0.01);
    expect(history).toHaveLength(101);
    const w = history.at(-1)!;
    expect(w).toBeCloseTo(2, 4);
    expect(predict(w, 5)).toBeCloseTo(10, 3);
  });
  it("the loss falls every epoch", () => {
    const losses = train(20, 0.01).map((w) => loss(w));
    // One loss per w visited, the start included: without this, a train() returning one w would pass.
    expect(losses).toHaveLength(21);
    for (let i = 1; i < losses.length; i++)
      expect(losses[i]!, `loss after epoch ${i} vs epoch ${i - 1}`).toBeLessThan(losses[i - 1]!);
  });
});
