import { sigmoidOf } from "../expression/functions/Sigmoid.js";
import { softmax } from "../losses/softmaxCrossEntropyLoss.js";
import type { Matrix } from "../data/Matrix.js";
import { accuracy } from "../metrics/accuracy.js";
import { DenseModel, argmax, classCount, type DenseLoss, type NetworkOptions } from "./DenseModel.js";

/**
 * A multi-layer perceptron classifier: hidden layers with an activation, then one logit (two classes:
 * sigmoid and binary cross-entropy, as scikit-learn's MLPClassifier) or one per class (softmax and
 * cross-entropy). Labels are 0..K-1.
 *
 * @example
 * const model = new MLPClassifier({ hidden: [16], activation: "tanh", seed: 0 });
 * model.fit(XTrain, yTrain, 100, 0.01, { optimizer: "adam", batchSize: 32 });
 * model.score(XTest, yTest);
 */
export class MLPClassifier extends DenseModel {
  constructor(options: NetworkOptions = {}) {
    super(options, [16]);
  }

  /** Each row's class probabilities, one per class (they add up to 1). */
  predictProba(X: Matrix): number[][] {
    return this.outputs(X).map((z) => {
      if (z.length > 1) return softmax(z);
      const p = sigmoidOf(z[0] as number);
      return [1 - p, p];
    });
  }

  /** Each row's most probable class. */
  predict(X: Matrix): number[] {
    return this.predictProba(X).map(argmax);
  }

  /** The fraction of rows classified correctly. */
  score(X: Matrix, y: readonly number[]): number {
    return accuracy(y, this.predict(X));
  }

  protected outputsFor(y: readonly number[]): number {
    const K = Math.max(2, classCount(y));
    return K === 2 ? 1 : K;
  }
  protected lossFor(outputs: number): DenseLoss {
    return outputs === 1 ? "logistic" : "softmax";
  }
  protected writeTargets(label: number, out: Float64Array, at: number, outputs: number): void {
    if (outputs === 1) {
      out[at] = label;
      return;
    }
    out.fill(0, at, at + outputs);
    out[at + label] = 1;
  }
}
