import type { GradientHolder } from "../nn/gradientHolder.js";
import { Optimizer } from "./Optimizer.js";
import { adamRule, type AdamOptions } from "./adamRule.js";

/**
 * PyTorch's `torch.optim.Adam`: bias-corrected first and second moment estimates, weight decay added to
 * the gradient (L2; for the decoupled kind use AdamW), optional AMSGrad (see `adamRule`).
 *
 * @example
 * const optimizer = new Adam(model.parameters(), { lr: 0.01 });
 */
export class Adam extends Optimizer {
  constructor(
    parameters: Iterable<GradientHolder>,
    /** The options it was made with (PyTorch's `defaults`): enough to make the same optimizer again. */
    readonly options: AdamOptions = {},
  ) {
    super(parameters, adamRule(options));
  }
}

/**
 * PyTorch's `torch.optim.AdamW`: Adam with decoupled weight decay, theta <- theta - lr lambda theta
 * before the Adam step, instead of lambda theta added to the gradient. Default weightDecay 0.01.
 */
export class AdamW extends Optimizer {
  constructor(
    parameters: Iterable<GradientHolder>,
    /** The options it was made with (PyTorch's `defaults`). */
    readonly options: AdamOptions = {},
  ) {
    super(parameters, adamRule(options, true));
  }
}
