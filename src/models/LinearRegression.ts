import type { Expression } from "../expression/Expression.js";
import { absoluteError } from "../losses/maeLoss.js";
import { squaredError } from "../losses/mseLoss.js";
import { smoothL1Error } from "../losses/smoothL1Loss.js";
import type { Matrix } from "../data/Matrix.js";
import { r2Score } from "../metrics/r2Score.js";
import { LinearModel } from "./LinearModel.js";

/**
 * The losses LinearRegression can minimise:
 * - "mse" (default): mean squared error, (1/n) sum (prediction - y)^2;
 * - "sse": the course's sum of squares, sum (prediction - y)^2. Same minimum, but its gradient grows
 *   with the number of rows, so the learning rate must shrink as the data grows;
 * - "mae": mean absolute error; "smoothL1": mean Huber loss with delta 1 (see `smoothL1Error`).
 */
export type RegressionLoss = "mse" | "sse" | "mae" | "smoothL1";

/**
 * Linear regression trained by gradient descent on the engine: prediction = m0 * x0 + ... + yint.
 *
 * @example
 * const model = new LinearRegression();
 * model.fit([[1], [2], [3], [4]], [2, 4, 6, 8], 500, 0.05, { seed: 1 });
 * model.mx.m0;            // ~2
 * model.predict([[5]]);   // [~10]
 * model.predictionExpression([5]).toString(); // "m0 * 5 + yint"
 */
export class LinearRegression extends LinearModel<RegressionLoss> {
  loss: RegressionLoss = "mse";
  protected readonly losses: readonly RegressionLoss[] = ["mse", "sse", "mae", "smoothL1"];

  /** The prediction for each row. */
  predict(X: Matrix): number[] {
    return this.linear(X);
  }

  /** R^2 of the predictions on X against y (1 is perfect; see `r2Score`). */
  score(X: Matrix, y: readonly number[]): number {
    return r2Score(y, this.predict(X));
  }

  /** The prediction as an expression of the parameters: see `linearExpression`. */
  predictionExpression(row?: readonly number[]): Expression {
    return this.linearExpression(row);
  }

  protected rowLoss(z: Expression, y: Expression, loss: RegressionLoss): Expression {
    switch (loss) {
      case "mse":
      case "sse":
        return squaredError(z, y);
      case "mae":
        return absoluteError(z, y);
      case "smoothL1":
        return smoothL1Error(z, y);
    }
  }

  protected isMean(loss: RegressionLoss): boolean {
    return loss !== "sse";
  }

  protected checkLabels(): void {}
}
