import { LinearLayer, SGD, StandardScaler, exp, item, loadDataset, log, noGrad, type Expression } from "../../src/index.js";

/*
 * Softmax regression: one linear score (logit) per class, z_k = w_k . x + b_k, from a LinearLayer(4, 3);
 * class probabilities softmax(z)_k = e^(z_k) / sum_j e^(z_j); the loss of a row with label c is the
 * cross-entropy -log softmax(z)_c = log(sum_j e^(z_j)) - z_c. Trained with the pipeline of exercise 10.
 */

/** Class probabilities from numeric logits, without overflow: subtract the largest logit first. */
export function softmax(logits: readonly number[]): number[] {
  // TODO: m = the largest logit; e^(z_k - m) for each k, divided by their sum
  throw new Error("TODO(11.1): m = the largest logit; e^(z_k - m) for each k, divided by their sum");
}

/** The index of the largest value (the predicted class); the first one on a tie. */
export function argmax(values: readonly number[]): number {
  // TODO: the index k whose value is largest
  throw new Error("TODO(11.2): the index k whose value is largest");
}

/** One row's cross-entropy as an expression: log(sum_k e^(z_k)) - z_label. */
export function crossEntropy(logits: readonly Expression[], label: number): Expression {
  // TODO: log of the sum of exp(z_k), minus the label's logit
  throw new Error("TODO(11.3): log of the sum of exp(z_k), minus the label's logit");
}

/** The mean cross-entropy of the model on rows X with labels y: one expression of the model's parameters. */
export function datasetLoss(model: LinearLayer, X: readonly (readonly number[])[], y: readonly number[]): Expression {
  // TODO: the crossEntropy of model.forward(row) for every row, added up and divided by the number of rows
  throw new Error("TODO(11.4): the crossEntropy of model.forward(row) for every row, added up and divided by the number of rows");
}

/** The predicted class of every row: the argmax of its logits' current values. */
export function predict(model: LinearLayer, X: readonly (readonly number[])[]): number[] {
  // TODO: inside noGrad, for each row the argmax of model.forward(row) evaluated with item
  throw new Error("TODO(11.5): inside noGrad, for each row the argmax of model.forward(row) evaluated with item");
}

/** The fraction of predictions equal to the labels. */
export function accuracy(labels: readonly number[], predictions: readonly number[]): number {
  return labels.filter((label, i) => label === predictions[i]).length / labels.length;
}

/** What `trainIris` returns. */
export interface IrisResult {
  readonly model: LinearLayer;
  readonly scaler: StandardScaler;
  /** The mean cross-entropy before each step. */
  readonly losses: number[];
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
}

/**
 * Iris: the fixed split (`loadDataset("iris")`), standardized with a scaler fitted on the training rows
 * only, a LinearLayer(4, 3), full-batch SGD on the mean cross-entropy (built once, before the loop).
 */
export function trainIris(epochs = 100, learningRate = 0.5, seed = 0): IrisResult {
  const data = loadDataset("iris");
  // TODO: scaler on XTrain only; the model, an SGD, the loss built once; each epoch zeroGrad, backward, step; both accuracies
  throw new Error("TODO(11.6): scaler on XTrain only; the model, an SGD, the loss built once; each epoch zeroGrad, backward, step; both accuracies");
}
