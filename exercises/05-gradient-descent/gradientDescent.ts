/*
 * Gradient descent by hand on the course's smallest model: f(x) = w * x, trained on y = 2x for x = 1..4.
 * Loss: the mean squared error L(w) = (1/n) * sum over i of (w x_i - y_i)^2. No engine here: you derive
 * dL/dw on paper and code it.
 */

/** The course's data: y = 2x at x = 1, 2, 3, 4. */
export const xs: readonly number[] = [1, 2, 3, 4];
export const ys: readonly number[] = [2, 4, 6, 8];

/** The mean squared error of f(x) = w * x on the data. */
export function loss(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number {
  // TODO: the mean over the rows of (w * x - y)^2
  throw new Error("TODO(05.1): the mean over the rows of (w * x - y)^2");
}

/** dL/dw, derived by hand: (1/n) * sum of 2 (w x_i - y_i) x_i. */
export function lossGradient(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number {
  // TODO: the mean over the rows of 2 * (w * x - y) * x
  throw new Error("TODO(05.2): the mean over the rows of 2 * (w * x - y) * x");
}

/** Trains w from `initialW` by `epochs` steps of w <- w - learningRate * dL/dw; returns every w visited. */
export function train(epochs: number, learningRate: number, initialW = 0): number[] {
  // TODO: start at initialW; each epoch, step against the gradient and record w
  throw new Error("TODO(05.3): start at initialW; each epoch, step against the gradient and record w");
}

/** The trained model's prediction f(x) = w * x. */
export function predict(w: number, x: number): number {
  // TODO: the model's output at x
  throw new Error("TODO(05.4): the model's output at x");
}
