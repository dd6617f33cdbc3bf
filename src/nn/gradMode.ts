/**
 * Whether gradients are recorded right now: false while `noGrad(fn)` runs. A leaf module (it imports
 * nothing) so that backward, tapes and optimizers can all read it without an import cycle.
 */
let depth = 0;

/** True unless some `noGrad(fn)` is running. */
export function isGradEnabled(): boolean {
  return depth === 0;
}

/**
 * Runs `fn` with no gradient recorded and returns its result, as PyTorch's `with torch.no_grad():`.
 * Inside, `loss.backward()` is a GradientError (there is no graph to go back through) and a GradientTape
 * watches nothing and returns null; parameter values can still be read and changed (an optimizer's
 * step is exactly that). Nested calls nest; an exception inside still turns recording back on.
 *
 * @example
 * const testLoss = noGrad(() => item(mseLoss(model.forward([5]), [10])));
 */
export function noGrad<T>(fn: () => T): T {
  depth += 1;
  try {
    return fn();
  } finally {
    depth -= 1;
  }
}
