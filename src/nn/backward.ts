import type { Expression } from "../expression/Expression.js";
import { gradient } from "../autodiff/numbers.js";
import { GradientError } from "./GradientError.js";
import { isGradEnabled } from "./gradMode.js";
import { parametersOf, valuesOf } from "./parametersOf.js";

/**
 * PyTorch's `loss.backward()`: adds seed * d loss / d p to `p.grad` for every parameter p in `loss`,
 * at the parameters' current values, from one reverse-mode pass of the engine. Gradients ACCUMULATE
 * across calls, as in PyTorch: call `zeroGrad()` (on the parameters or the optimizer) before each step.
 * Parameters made with `requiresGrad: false` are read but get no gradient. Every variable of `loss`
 * must be a parameter (a plain variable has no value: MissingVariableError).
 *
 * @example
 * const w = parameter("w", 1);
 * w.mul(3).backward();  // w.grad === 3
 * w.mul(3).backward();  // w.grad === 6
 */
export function backward(loss: Expression, seed = 1): void {
  if (!isGradEnabled())
    throw new GradientError("backward() inside noGrad(...): no gradient is recorded there (call it outside)");
  if (!Number.isFinite(seed)) throw new RangeError(`backward's seed must be a finite number, got ${seed}`);
  const parameters = parametersOf(loss);
  if (![...parameters.values()].some((p) => p.requiresGrad)) {
    // PyTorch refuses too ("element 0 of tensors does not require grad"): a silent no-op hides the mistake
    throw new GradientError(
      "backward() on an expression with no trainable parameter: make the values to train with parameter(name, value)",
    );
  }
  const partials = gradient(loss, valuesOf(parameters));
  for (const [name, p] of parameters) {
    if (p.requiresGrad) p.grad += seed * (partials[name] ?? 0);
  }
}
