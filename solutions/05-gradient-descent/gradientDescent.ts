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
  // BEGIN SOLUTION TODO(05.1): the mean over the rows of (w * x - y)^2
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const error = w * x[i]! - y[i]!;
    total += error * error;
  }
  return total / x.length;
  // END SOLUTION
}

/** dL/dw, derived by hand: (1/n) * sum of 2 (w x_i - y_i) x_i. */
export function lossGradient(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number {
  // BEGIN SOLUTION TODO(05.2): the mean over the rows of 2 * (w * x - y) * x
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    // += not =: every row adds its share to the gradient
    total += 2 * (w * x[i]! - y[i]!) * x[i]!;
  }
  return total / x.length;
  // END SOLUTION
}

/** Trains w from `initialW` by `epochs` steps of w <- w - learningRate * dL/dw; returns every w visited. */
export function train(epochs: number, learningRate: number, initialW = 0): number[] {
  // BEGIN SOLUTION TODO(05.3): start at initialW; each epoch, step against the gradient and record w
  const history = [initialW];
  let w = initialW;
  for (let epoch = 0; epoch < epochs; epoch++) {
    w = w - learningRate * lossGradient(w);
    history.push(w);
  }
  return history;
  // END SOLUTION
}

/** The trained model's prediction f(x) = w * x. */
export function predict(w: number, x: number): number {
  // BEGIN SOLUTION TODO(05.4): the model's output at x
  return w * x;
  // END SOLUTION
}
