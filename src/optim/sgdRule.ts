import { checkRange, type UpdateRule } from "./UpdateRule.js";

/** Options of SGD, PyTorch's `torch.optim.SGD` keyword arguments. */
export interface SGDOptions {
  /** The learning rate (required, > 0). */
  readonly lr: number;
  /** Momentum factor mu. Default 0 (plain gradient descent). */
  readonly momentum?: number;
  /** Dampening tau for momentum. Default 0. */
  readonly dampening?: number;
  /** Nesterov momentum (needs momentum > 0 and dampening 0, as in PyTorch). Default false. */
  readonly nesterov?: boolean;
  /** L2 penalty lambda: lambda * theta is added to the gradient. Default 0. */
  readonly weightDecay?: number;
}

/**
 * PyTorch's SGD algorithm (torch.optim.SGD documentation), per entry, at step t:
 *   g <- g + lambda theta;
 *   if mu != 0: b <- g at t = 1, else mu b + (1 - tau) g;  g <- g + mu b (nesterov) or b;
 *   theta <- theta - lr g.
 */
export function sgdRule(options: SGDOptions): UpdateRule {
  const { lr, momentum = 0, dampening = 0, nesterov = false, weightDecay = 0 } = options;
  checkRange("SGD lr", lr, Number.MIN_VALUE);
  checkRange("SGD momentum", momentum, 0);
  checkRange("SGD dampening", dampening, 0);
  checkRange("SGD weightDecay", weightDecay, 0);
  if (nesterov && (momentum <= 0 || dampening !== 0))
    throw new RangeError("Nesterov momentum needs momentum > 0 and dampening 0 (as in PyTorch)");
  let buffer: Float64Array | null = null;
  return {
    update(values, gradients) {
      const n = values.length;
      // t = 1: the momentum buffer starts as the gradient itself, undampened
      const first = momentum !== 0 && buffer === null;
      if (first) buffer = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        let g = gradients[j]! + weightDecay * values[j]!;
        if (buffer !== null) {
          const b = first ? g : momentum * buffer[j]! + (1 - dampening) * g;
          buffer[j] = b;
          g = nesterov ? g + momentum * b : b;
        }
        values[j] = values[j]! - lr * g;
      }
    },
  };
}
