import type { Expression } from "../expression/Expression.js";
import { sigmoid } from "../expression/factories.js";
import { sigmoidOf } from "../expression/functions/Sigmoid.js";
import { logisticLoss } from "../losses/binaryCrossEntropyLoss.js";
import { DataError } from "../data/DataError.js";
import type { Matrix } from "../data/Matrix.js";
import { accuracy } from "../metrics/accuracy.js";
import { LinearModel } from "./LinearModel.js";

/** LogisticRegression minimises the mean binary cross-entropy (computed stably from the logit). */
export type ClassificationLoss = "bce";

/**
 * Binary logistic regression trained by gradient descent on the engine: the probability of class 1 is
 * sigmoid(m0 * x0 + ... + yint), the loss the mean binary cross-entropy (see `logisticLoss` for why it
 * stays finite for large |z|). Labels must be 0 or 1.
 *
 * @example
 * const model = new LogisticRegression().fit([[-2], [-1], [1], [2]], [0, 0, 1, 1], 200, 0.5);
 * model.predict([[3]]);      // [1]
 * model.predictProba([[0]]); // [~0.5]
 */
export class LogisticRegression extends LinearModel<ClassificationLoss> {
  loss: ClassificationLoss = "bce";
  protected readonly losses: readonly ClassificationLoss[] = ["bce"];

  /** The probability of class 1 for each row: sigmoid(m . x + yint). */
  predictProba(X: Matrix): number[] {
    return this.linear(X).map(sigmoidOf);
  }

  /** 1 where the probability is at least `threshold`, else 0. */
  predict(X: Matrix, threshold = 0.5): number[] {
    return this.predictProba(X).map((p) => (p >= threshold ? 1 : 0));
  }

  /** The fraction of rows classified correctly (see `accuracy`). */
  score(X: Matrix, y: readonly number[]): number {
    return accuracy(y, this.predict(X));
  }

  /** The probability as an expression of the parameters: sigmoid of `linearExpression(row)`. */
  predictionExpression(row?: readonly number[]): Expression {
    return sigmoid(this.linearExpression(row));
  }

  protected rowLoss(z: Expression, y: Expression): Expression {
    return logisticLoss(z, y);
  }

  protected isMean(): boolean {
    return true;
  }

  protected checkLabels(y: readonly number[]): void {
    const bad = y.findIndex((label) => label !== 0 && label !== 1);
    if (bad >= 0) throw new DataError(`Labels must be 0 or 1, got ${y[bad]}`, { row: bad + 1, column: "y" });
  }
}
