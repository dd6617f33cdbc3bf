import type { Matrix } from "../data/Matrix.js";
import { r2Score } from "../metrics/r2Score.js";
import { DenseModel, type DenseLoss, type NetworkOptions } from "./DenseModel.js";

/**
 * A multi-layer perceptron for regression: hidden layers with an activation, one linear output, the mean
 * squared error (PyTorch's MSELoss).
 *
 * @example
 * const model = new MLPRegressor({ hidden: [32], activation: "tanh", seed: 1 });
 * model.fit(X, y, 100, 0.05);   // full-batch gradient descent
 * model.score(X, y);            // R^2
 */
export class MLPRegressor extends DenseModel {
  constructor(options: NetworkOptions = {}) {
    super(options, [16]);
  }

  /** The prediction for each row. */
  predict(X: Matrix): number[] {
    return this.outputs(X).map((out) => out[0] as number);
  }

  /** R^2 of the predictions on X against y. */
  score(X: Matrix, y: readonly number[]): number {
    return r2Score(y, this.predict(X));
  }

  protected outputsFor(): number {
    return 1;
  }
  protected lossFor(): DenseLoss {
    return "mse";
  }
  protected writeTargets(label: number, out: Float64Array, at: number): void {
    out[at] = label;
  }
}
