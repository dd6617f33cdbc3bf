// MUTANT (known wrong, for the kit self-check): predict appends inside the feature loop (one number per column, not per row).
import { constant, variable, type Expression } from "../../src/index.js";

/**
 * Linear regression the course's way: the prediction of each row is an *expression* of the parameters,
 * m0*x0 + m1*x1 + ... + yint, the loss is the mean squared error, and the engine's `diff` gives each
 * parameter's gradient. (The library's own LinearRegression does the same thing, compiled and fast.)
 *
 * @example
 * const model = new LinearRegression().fit([[1], [2], [3]], [3, 5, 7], 500, 0.1);
 * model.predict([[4]]); // [about 9]
 */
export class LinearRegression {
  /** Slopes keyed "m0", "m1", ... one per input column. */
  mx: Record<string, number> = {};
  /** The intercept: the prediction when every input is 0. */
  yint = 0;
  /** The mean squared error on the training data before each epoch's update. */
  lossHistory: number[] = [];

  /** Every parameter's name: "m0" ... "m{d-1}", then "yint". */
  parameterNames(): string[] {
    return [...Object.keys(this.mx), "yint"];
  }

  /** The current parameters as an env for eval and diff: `{ m0: ..., m1: ..., yint: ... }`. */
  parameters(): Record<string, number> {
    return { ...this.mx, yint: this.yint };
  }

  /** The prediction for one row, m0*x0 + m1*x1 + ... + yint: parameters are variables, the row's values numbers. */
  predictionExpression(row: readonly number[]): Expression {
    let prediction: Expression = constant(0);
    row.forEach((value, j) => {
      prediction = prediction.add(variable(`m${j}`).mul(value));
    });
    return prediction.add(variable("yint"));
  }

  /** The mean squared error over the rows, as one expression of the parameters (for printing and checking). */
  lossExpression(X: readonly (readonly number[])[], y: readonly number[]): Expression {
    let total: Expression = constant(0);
    X.forEach((row, i) => {
      total = total.add(this.predictionExpression(row).sub(y[i]!).pow(2));
    });
    return total.div(X.length);
  }

  /**
   * d(loss)/d(parameter) for every m key and yint at the current parameters, where the loss is the MEAN
   * of the squared errors: build each row's squared error and add its share of every derivative.
   */
  gradients(X: readonly (readonly number[])[], y: readonly number[]): Record<string, number> {
    const env = this.parameters();
    const gradients: Record<string, number> = {};
    for (const name of this.parameterNames()) gradients[name] = 0;
    X.forEach((row, i) => {
      const squaredError = this.predictionExpression(row).sub(y[i]!).pow(2);
      for (const name of this.parameterNames()) {
        // += not =: every row adds its share; with = only the last row would count
        gradients[name]! += squaredError.diff(env, name) / X.length;
      }
    });
    return gradients;
  }

  /** One gradient-descent update of every slope and the intercept: p <- p - learningRate * dLoss/dp. */
  step(gradients: Readonly<Record<string, number>>, learningRate: number): void {
    for (const key of Object.keys(this.mx)) this.mx[key] = this.mx[key]! - learningRate * gradients[key]!;
    this.yint -= learningRate * gradients.yint!;
  }

  /** Trains from all-zero parameters by full-batch gradient descent. */
  fit(X: readonly (readonly number[])[], y: readonly number[], nEpochs: number, learningRate: number): this {
    const width = X[0]?.length ?? 0;
    this.mx = Object.fromEntries(Array.from({ length: width }, (_, j) => [`m${j}`, 0]));
    this.yint = 0;
    this.lossHistory = [];
    for (let epoch = 0; epoch < nEpochs; epoch++) {
      this.lossHistory.push(meanSquaredError(this.predict(X), y));
      this.step(this.gradients(X, y), learningRate);
    }
    return this;
  }

  /** One prediction per row: m0*x0 + m1*x1 + ... + yint, with plain numbers (no expressions needed). */
  predict(X: readonly (readonly number[])[]): number[] {
    const predictions: number[] = [];
    for (const row of X) {
      let sum = this.yint;
      row.forEach((value, j) => {
        sum += this.mx[`m${j}`]! * value;
        predictions.push(sum);
      });
    }
    return predictions;
  }
}

/** The mean of the squared differences. */
function meanSquaredError(predictions: readonly number[], y: readonly number[]): number {
  return predictions.reduce((sum, p, i) => sum + (p - y[i]!) ** 2, 0) / y.length;
}
