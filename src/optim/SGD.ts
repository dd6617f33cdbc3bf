import type { GradientHolder } from "../nn/gradientHolder.js";
import { Optimizer } from "./Optimizer.js";
import { sgdRule, type SGDOptions } from "./sgdRule.js";

/**
 * PyTorch's `torch.optim.SGD`: gradient descent with optional momentum (dampening, Nesterov) and
 * weight decay, exactly as its documentation writes the algorithm (see `sgdRule`).
 *
 * @example
 * const optimizer = new SGD(model.parameters(), { lr: 0.01, momentum: 0.9 });
 * optimizer.zeroGrad(); loss.backward(); optimizer.step();
 */
export class SGD extends Optimizer {
  constructor(
    parameters: Iterable<GradientHolder>,
    /** The options it was made with (PyTorch's `defaults`): enough to make the same optimizer again. */
    readonly options: SGDOptions,
  ) {
    super(parameters, sgdRule(options));
  }
}
