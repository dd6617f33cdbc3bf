// MUTANT (known wrong, for the kit self-check): compares the central difference with the analytic gradient by ===.
import type { Env, Expression } from "../../src/index.js";

/** The local gradients of a multiply gate z = x * y, times the gradient arriving from above. */
export interface MultiplyGateGradients {
  /** dL/dx = dL/dz * dz/dx */
  readonly dx: number;
  /** dL/dy = dL/dz * dz/dy */
  readonly dy: number;
}

/**
 * The backward step of z = x * y: given dL/dz (`upstream`), return dL/dx and dL/dy.
 * At x = 2, y = 3 with upstream 6: dx = 18, dy = 12.
 */
export function multiplyGateBackward(x: number, y: number, upstream: number): MultiplyGateGradients {
  return { dx: upstream * y, dy: upstream * x };
}

/** The forward pass of loss = (x * w - y)^2, node by node: p = x * w, d = p - y, loss = d^2. */
export interface ForwardPass {
  readonly p: number;
  readonly d: number;
  readonly loss: number;
}

/** The forward pass of loss = (x * w - y)^2. At x = 1, y = 2, w = 1: p = 1, d = -1, loss = 1. */
export function squaredErrorForward(x: number, y: number, w: number): ForwardPass {
  const p = x * w;
  const d = p - y;
  return { p, d, loss: d * d };
}

/** The backward pass: the gradient of the loss with respect to every node and input. */
export interface BackwardPass {
  readonly dLoss_dd: number;
  readonly dLoss_dp: number;
  readonly dLoss_dw: number;
  readonly dLoss_dx: number;
  readonly dLoss_dy: number;
}

/**
 * The backward pass of loss = (x * w - y)^2, from the loss down, reusing the forward pass's values.
 * At x = 1, y = 2, w = 1: dLoss/dd = -2, dLoss/dp = -2, dLoss/dw = -2, dLoss/dx = -2, dLoss/dy = 2.
 */
export function squaredErrorBackward(x: number, y: number, w: number): BackwardPass {
  const { d } = squaredErrorForward(x, y, w);
  const dLoss_dd = 2 * d;
  const dLoss_dp = dLoss_dd * 1;
  return {
    dLoss_dd,
    dLoss_dp,
    dLoss_dw: dLoss_dp * x,
    dLoss_dx: dLoss_dp * w,
    dLoss_dy: dLoss_dd * -1,
  };
}

/**
 * A gradient check: does `analytic` agree with the central difference (f(v + h) - f(v - h)) / 2h of `f`
 * with respect to `wrt` at `env`, within `tolerance` (relative to the larger magnitude, at least 1)?
 */
export function gradientCheck(f: Expression, env: Env, wrt: string, analytic: number, _tolerance = 1e-6): boolean {
  const h = 1e-5;
  const at = env[wrt] ?? 0;
  const numeric = (f.eval({ ...env, [wrt]: at + h }) - f.eval({ ...env, [wrt]: at - h })) / (2 * h);
  // Never ===: the central difference carries rounding and truncation error of about h^2.
  return numeric === analytic;
}
