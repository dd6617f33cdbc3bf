import { softmax } from "../losses/softmaxCrossEntropyLoss.js";
import type { Matrix } from "../data/Matrix.js";
import { accuracy } from "../metrics/accuracy.js";
import { DenseModel, argmax, classCount, type DenseLoss } from "./DenseModel.js";

/** Options of `new SoftmaxRegression(options)`. */
export interface SoftmaxRegressionOptions {
  /** Seeds the initial weights and the shuffling (fit's `seed` option overrides it). Default 0. */
  readonly seed?: number;
}

/**
 * Multi-class logistic (softmax) regression: one linear score per class, z_k = w_k . x + b_k, class
 * probabilities softmax(z), trained on the mean cross-entropy, computed stably (the max logit is
 * subtracted before exponentiating: see `softmaxCrossEntropyOneHot`). Labels are 0..K-1. The same
 * fit/predict/predictProba/score shape as LogisticRegression; scikit-learn's LogisticRegression
 * (multinomial, C = 1) is `weightDecay: 1 / nTrain` trained to convergence.
 *
 * @example
 * const { XTrain, yTrain, XTest, yTest } = loadDataset("iris");
 * const scaler = new StandardScaler().fit(XTrain);
 * const model = new SoftmaxRegression().fit(scaler.transform(XTrain), yTrain, 500, 0.5);
 * model.score(scaler.transform(XTest), yTest); // 1
 */
export class SoftmaxRegression extends DenseModel {
  constructor(options: SoftmaxRegressionOptions = {}) {
    super({ hidden: [], activation: "linear", seed: options.seed ?? 0 }, []);
  }

  /** Each row's class probabilities (they add up to 1). */
  predictProba(X: Matrix): number[][] {
    return this.outputs(X).map(softmax);
  }

  /** Each row's most probable class. */
  predict(X: Matrix): number[] {
    return this.outputs(X).map(argmax);
  }

  /** The fraction of rows classified correctly. */
  score(X: Matrix, y: readonly number[]): number {
    return accuracy(y, this.predict(X));
  }

  protected outputsFor(y: readonly number[]): number {
    return Math.max(2, classCount(y));
  }
  protected lossFor(): DenseLoss {
    return "softmax";
  }
  protected writeTargets(label: number, out: Float64Array, at: number, outputs: number): void {
    out.fill(0, at, at + outputs);
    out[at + label] = 1;
  }
}
