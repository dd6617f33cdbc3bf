/** Options for `fit(X, y, nEpochs, learningRate, options)`. */
export interface FitOptions<Loss extends string> {
  /** Seeds the initial parameters and the shuffling: the same seed gives identical parameters. Default 0. */
  readonly seed?: number;
  /**
   * Rows per gradient step: every row (batch gradient descent, the default), b rows (mini-batch) or 1
   * (stochastic gradient descent).
   */
  readonly batchSize?: number;
  /** Visit the rows in a new seeded order each epoch. Default: true when batchSize is below the row count. */
  readonly shuffle?: boolean;
  /** Which loss to minimise (see the model's loss type). */
  readonly loss?: Loss;
  /** Called after each epoch with its 1-based number and its loss (the model's parameters are up to date). */
  readonly onEpoch?: (epoch: number, loss: number) => void;
  /**
   * How each step moves the parameters: "sgd" (gradient descent, the default; with `momentum` as PyTorch's
   * SGD) or "adam" (PyTorch's Adam with its default betas and eps). Both as `SGD` and `Adam` define them.
   */
  readonly optimizer?: OptimizerName;
  /** Momentum of "sgd" (PyTorch's momentum, no dampening). Default 0. */
  readonly momentum?: number;
  /**
   * L2 penalty on the weights (slopes), never on intercepts and biases: each step's gradient gains
   * weightDecay * w, so fit minimises loss + weightDecay / 2 * |w|^2 (PyTorch's weight_decay, applied to
   * the weights only, as scikit-learn's penalties are). Default 0. `lossHistory` records the loss alone.
   */
  readonly weightDecay?: number;
}

/** The optimizers `fit` can use by name. */
export type OptimizerName = "sgd" | "adam";
