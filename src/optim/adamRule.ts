import { checkRange, type UpdateRule } from "./UpdateRule.js";

/** Options of Adam, PyTorch's `torch.optim.Adam` keyword arguments. */
export interface AdamOptions {
  /** The learning rate. Default 0.001. */
  readonly lr?: number;
  /** (beta1, beta2): decay rates of the first and second moment estimates. Default [0.9, 0.999]. */
  readonly betas?: readonly [number, number];
  /** Added to the denominator for stability. Default 1e-8. */
  readonly eps?: number;
  /**
   * L2 penalty lambda, added to the gradient (Adam) or applied to the weights directly (AdamW). Default 0
   * (Adam), 0.01 (AdamW).
   */
  readonly weightDecay?: number;
  /** The AMSGrad variant: divide by the largest second moment so far. Default false. */
  readonly amsgrad?: boolean;
}

/**
 * PyTorch's Adam algorithm (torch.optim.Adam documentation), per entry, at step t:
 *   g <- g + lambda theta                       (AdamW instead: theta <- theta - lr lambda theta)
 *   m <- beta1 m + (1 - beta1) g;  v <- beta2 v + (1 - beta2) g^2
 *   m^ = m / (1 - beta1^t);  v^ = v / (1 - beta2^t)   (amsgrad: v^max <- max(v^max, v^), v^ = v^max)
 *   theta <- theta - lr m^ / (sqrt(v^) + eps)
 */
export function adamRule(options: AdamOptions, decoupled = false): UpdateRule {
  const { lr = 0.001, betas = [0.9, 0.999], eps = 1e-8, weightDecay = decoupled ? 0.01 : 0, amsgrad = false } = options;
  const [beta1, beta2] = betas;
  checkRange(decoupled ? "AdamW lr" : "Adam lr", lr, Number.MIN_VALUE);
  checkRange("beta1", beta1, 0, 1);
  checkRange("beta2", beta2, 0, 1);
  checkRange("eps", eps, 0);
  checkRange("weightDecay", weightDecay, 0);
  let m: Float64Array | null = null;
  let v: Float64Array | null = null;
  let vMax: Float64Array | null = null;
  let t = 0;
  return {
    update(values, gradients) {
      const n = values.length;
      if (m === null || v === null) {
        m = new Float64Array(n);
        v = new Float64Array(n);
        vMax = new Float64Array(n);
      }
      t += 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      for (let j = 0; j < n; j++) {
        let theta = values[j]!;
        let g = gradients[j]!;
        if (decoupled) theta -= lr * weightDecay * theta;
        else g += weightDecay * theta;
        const mj = beta1 * m[j]! + (1 - beta1) * g;
        const vj = beta2 * v[j]! + (1 - beta2) * g * g;
        m[j] = mj;
        v[j] = vj;
        let vHat = vj / correction2;
        if (amsgrad) {
          vHat = Math.max(vMax![j]!, vHat);
          vMax![j] = vHat;
        }
        values[j] = theta - (lr * (mj / correction1)) / (Math.sqrt(vHat) + eps);
      }
    },
  };
}
