import type { GradientHolder } from "../nn/gradientHolder.js";
import type { UpdateRule } from "./UpdateRule.js";

/**
 * What SGD and Adam share: the parameters they move, `step()` (one update from the parameters' grads)
 * and `zeroGrad()`. The update itself is an UpdateRule over flat arrays, the same code the models'
 * training loops run.
 */
export abstract class Optimizer {
  readonly parameters: readonly GradientHolder[];
  private readonly values: Float64Array;
  private readonly gradients: Float64Array;

  protected constructor(
    parameters: Iterable<GradientHolder>,
    private readonly rule: UpdateRule,
  ) {
    this.parameters = [...new Set(parameters)];
    if (this.parameters.length === 0)
      throw new RangeError("An optimizer needs at least one parameter (e.g. model.parameters())");
    this.values = new Float64Array(this.parameters.length);
    this.gradients = new Float64Array(this.parameters.length);
  }

  /** One update of every parameter's value from its grad (grads are left as they are: zeroGrad() clears them). */
  step(): void {
    const { parameters, values, gradients } = this;
    parameters.forEach((p, j) => {
      values[j] = p.value;
      // a parameter that is not trained keeps a 0 gradient, so the rule leaves it (weight decay aside) alone
      gradients[j] = p.requiresGrad ? p.grad : 0;
    });
    this.rule.update(values, gradients);
    parameters.forEach((p, j) => {
      if (p.requiresGrad) p.value = values[j]!;
    });
  }

  /** Every parameter's grad back to 0 (PyTorch's `optimizer.zero_grad()`): call it before each backward(). */
  zeroGrad(): void {
    for (const p of this.parameters) p.grad = 0;
  }
}
