import { describe, expect, it } from "vitest";
import { variable } from "../../../src/index.js";
import {
  gradientCheck,
  multiplyGateBackward,
  squaredErrorBackward,
  squaredErrorForward,
} from "@impl/04-backprop-by-hand/backprop.js";

const x = variable("x");
const y = variable("y");
const w = variable("w");
const loss = x.mul(w).sub(y).pow(2);

describe("04 backprop by hand: a multiply gate", () => {
  it("z = x * y at (2, 3) with upstream 6: dx = 18, dy = 12", () => {
    const { dx, dy } = multiplyGateBackward(2, 3, 6);
    expect(dx).toBeCloseTo(18);
    expect(dy).toBeCloseTo(12);
  });
  it("agrees with the engine's gradient of 6 * x * y", () => {
    const engine = x.mul(y).mul(6).gradient({ x: -1.5, y: 4 });
    const mine = multiplyGateBackward(-1.5, 4, 6);
    expect(mine.dx).toBeCloseTo(engine.x!, 10);
    expect(mine.dy).toBeCloseTo(engine.y!, 10);
  });
});

describe("04 backprop by hand: loss = (x * w - y)^2", () => {
  it("forward at x = 1, y = 2, w = 1: p = 1, d = -1, loss = 1", () => {
    const { p, d, loss: value } = squaredErrorForward(1, 2, 1);
    expect([p, d, value]).toEqual([expect.closeTo(1, 10), expect.closeTo(-1, 10), expect.closeTo(1, 10)]);
  });
  it("backward at x = 1, y = 2, w = 1: dd = -2, dp = -2, dw = -2, dx = -2, dy = 2", () => {
    const back = squaredErrorBackward(1, 2, 1);
    expect(back.dLoss_dd).toBeCloseTo(-2);
    expect(back.dLoss_dp).toBeCloseTo(-2);
    expect(back.dLoss_dw).toBeCloseTo(-2);
    expect(back.dLoss_dx).toBeCloseTo(-2);
    expect(back.dLoss_dy).toBeCloseTo(2);
  });
  it("backward agrees with the engine's reverse pass at other points", () => {
    for (const at of [
      { x: 3, y: -1, w: 0.5 },
      { x: -2, y: 4, w: 1.5 },
    ]) {
      const engine = loss.gradient(at);
      const back = squaredErrorBackward(at.x, at.y, at.w);
      expect(back.dLoss_dw).toBeCloseTo(engine.w!, 10);
      expect(back.dLoss_dx).toBeCloseTo(engine.x!, 10);
      expect(back.dLoss_dy).toBeCloseTo(engine.y!, 10);
      expect(squaredErrorForward(at.x, at.y, at.w).loss).toBeCloseTo(loss.eval(at), 10);
    }
  });
});

describe("04 backprop by hand: gradient check", () => {
  const at = { x: 1, y: 2, w: 1 };
  it("accepts the true gradient of the loss (-2 for w)", () => {
    expect(gradientCheck(loss, at, "w", -2)).toBe(true);
    expect(gradientCheck(loss, { x: 0.3, y: 1.7, w: -2.2 }, "x", loss.diff({ x: 0.3, y: 1.7, w: -2.2 }, "x"))).toBe(
      true,
    );
  });
  it("rejects a wrong gradient", () => {
    expect(gradientCheck(loss, at, "w", -1.9)).toBe(false);
    expect(gradientCheck(loss, at, "w", 2)).toBe(false);
  });
});
