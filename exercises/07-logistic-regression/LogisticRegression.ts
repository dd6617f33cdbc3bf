import { StandardScaler, constant, loadDataset, log, sigmoid, variable, type Expression } from "../../src/index.js";

/**
 * Logistic regression the course's way: p = sigmoid(m0*x0 + ... + yint) per row as an expression, the
 * binary cross-entropy -(y log p + (1 - y) log(1 - p)) as the loss, and the engine's reverse pass
 * (`gradient(env)`: every partial at once) for the gradient.
 */
export class LogisticRegression {
  /** Slopes keyed "m0", "m1", ... one per input column. */
  mx: Record<string, number> = {};
  /** The intercept. */
  yint = 0;
  /** The mean cross-entropy on the training data before each epoch's update. */
  lossHistory: number[] = [];

  /** The current parameters as an env: `{ m0: ..., yint: ... }`. */
  parameters(): Record<string, number> {
    return { ...this.mx, yint: this.yint };
  }

  /** The probability of class 1 for one row: sigmoid(m0*x0 + m1*x1 + ... + yint), an expression of the parameters. */
  probabilityExpression(row: readonly number[]): Expression {
    // TODO: the linear expression of exercise 06, inside sigmoid(...)
    throw new Error("TODO(07.1): the linear expression of exercise 06, inside sigmoid(...)");
  }

  /** The binary cross-entropy of one row, -(y log p + (1 - y) log(1 - p)), as an expression. */
  rowLoss(row: readonly number[], label: number): Expression {
    // TODO: -(label * log(p) + (1 - label) * log(1 - p)) with p = probabilityExpression(row)
    throw new Error("TODO(07.2): -(label * log(p) + (1 - label) * log(1 - p)) with p = probabilityExpression(row)");
  }

  /** The gradient of the mean cross-entropy for every m key and yint, one reverse pass per row. */
  gradients(X: readonly (readonly number[])[], y: readonly number[]): Record<string, number> {
    // TODO: for every row, take rowLoss(...).gradient(parameters) and accumulate the mean
    throw new Error("TODO(07.3): for every row, take rowLoss(...).gradient(parameters) and accumulate the mean");
  }

  /** Trains from all-zero parameters by full-batch gradient descent. */
  fit(X: readonly (readonly number[])[], y: readonly number[], nEpochs: number, learningRate: number): this {
    this.mx = Object.fromEntries((X[0] ?? []).map((_, j) => [`m${j}`, 0]));
    this.yint = 0;
    this.lossHistory = [];
    for (let epoch = 0; epoch < nEpochs; epoch++) {
      this.lossHistory.push(crossEntropy(this.predictProba(X), y));
      const gradients = this.gradients(X, y);
      for (const key of Object.keys(this.mx)) this.mx[key] = this.mx[key]! - learningRate * gradients[key]!;
      this.yint -= learningRate * gradients.yint!;
    }
    return this;
  }

  /** The probability of class 1 for every row. */
  predictProba(X: readonly (readonly number[])[]): number[] {
    return X.map((row) => {
      let z = this.yint;
      row.forEach((value, j) => (z += this.mx[`m${j}`]! * value));
      return 1 / (1 + Math.exp(-z));
    });
  }

  /** Class 1 where the probability is at least `threshold`, else class 0. */
  predict(X: readonly (readonly number[])[], threshold = 0.5): number[] {
    // TODO: 1 where predictProba is at least threshold, else 0
    throw new Error("TODO(07.4): 1 where predictProba is at least threshold, else 0");
  }
}

/** The fraction of predictions equal to the labels. */
export function accuracy(labels: readonly number[], predictions: readonly number[]): number {
  // TODO: count the matches, divide by the number of labels
  throw new Error("TODO(07.5): count the matches, divide by the number of labels");
}

/** What `trainBreastCancer` returns. */
export interface BreastCancerResult {
  readonly model: LogisticRegression;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
}

/**
 * Breast cancer, the course's way: the library's fixed split (`loadDataset("breast_cancer")`), features
 * standardized with a StandardScaler fitted on the training rows only, then your model.
 */
export function trainBreastCancer(nEpochs = 10, learningRate = 0.5): BreastCancerResult {
  // TODO: load, fit the scaler on XTrain, transform XTrain and XTest, fit, and measure both accuracies
  throw new Error("TODO(07.6): load, fit the scaler on XTrain, transform XTrain and XTest, fit, and measure both accuracies");
}

/** The mean binary cross-entropy of probabilities against labels (clamped away from log(0)). */
function crossEntropy(probabilities: readonly number[], labels: readonly number[]): number {
  const eps = 1e-12;
  return (
    probabilities.reduce((sum, p, i) => {
      const q = Math.min(Math.max(p, eps), 1 - eps);
      return sum - (labels[i]! * Math.log(q) + (1 - labels[i]!) * Math.log(1 - q));
    }, 0) / labels.length
  );
}
