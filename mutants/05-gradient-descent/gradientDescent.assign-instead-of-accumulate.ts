// MUTANT (known wrong, for the kit self-check): = instead of += when accumulating the gradient over rows.
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
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const error = w * x[i]! - y[i]!;
    total += error * error;
  }
  return total / x.length;
}

/** dL/dw, derived by hand: (1/n) * sum of 2 (w x_i - y_i) x_i. */
export function lossGradient(w: number, x: readonly number[] = xs, y: readonly number[] = ys): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    // += not =: every row adds its share to the gradient
    total = 2 * (w * x[i]! - y[i]!) * x[i]!;
  }
  return total / x.length;
}

/** Trains w from `initialW` by `epochs` steps of w <- w - learningRate * dL/dw; returns every w visited. */
export function train(epochs: number, learningRate: number, initialW = 0): number[] {
  const history = [initialW];
  let w = initialW;
  for (let epoch = 0; epoch < epochs; epoch++) {
    w = w - learningRate * lossGradient(w);
    history.push(w);
  }
  return history;
}

/** The trained model's prediction f(x) = w * x. */
export function predict(w: number, x: number): number {
  return w * x;
}
