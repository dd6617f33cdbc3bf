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
}
