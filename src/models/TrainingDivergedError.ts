import { GradkitError } from "../errors/GradkitError.js";

/**
 * Gradient descent blew up: the loss (or a parameter) stopped being a finite number. The model keeps
 * the last finite parameters, so nothing NaN is left behind.
 *
 * @example
 * try { model.fit(X, y, 1000, 0.01); } catch (error) {
 *   if (error instanceof TrainingDivergedError) console.log(error.epoch, error.message);
 * }
 */
export class TrainingDivergedError extends GradkitError {
  constructor(
    /** The 1-based epoch in which it happened. */
    readonly epoch: number,
    readonly learningRate: number,
    /** What went non-finite, e.g. "the loss became Infinity". */
    readonly what: string,
  ) {
    super(
      `Training diverged in epoch ${epoch}: ${what} with learning rate ${learningRate}. ` +
        `Try a smaller learning rate (e.g. ${learningRate / 10}) or standardize the features first ` +
        `(new StandardScaler().fit(XTrain)). The model keeps the last finite parameters.`,
    );
  }
}
