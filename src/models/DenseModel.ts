import { DataError } from "../data/DataError.js";
import { rowsOf, targetsOf, type Matrix } from "../data/Matrix.js";
import { mulberry32 } from "../data/mulberry32.js";
import { activationNamed, type Activation } from "../nn/activations.js";
import { denseKernel, type DenseKernel, type DenseSpec } from "../nn/denseKernel.js";
import type { FitOptions } from "./FitOptions.js";
import { logisticLoss } from "../losses/binaryCrossEntropyLoss.js";
import { squaredError } from "../losses/mseLoss.js";
import { softmaxCrossEntropyOneHot } from "../losses/softmaxCrossEntropyLoss.js";
import { sumOf } from "../losses/sumOf.js";
import { TrainingDivergedError } from "./TrainingDivergedError.js";
import { trainLoop, checkFitOptions } from "./trainLoop.js";

/** Options of the network models' constructors. */
export interface NetworkOptions {
  /** Hidden layer sizes, e.g. [16] or [32, 16]. Default [16] (MLPs); SoftmaxRegression has none. */
  readonly hidden?: readonly number[];
  /** The hidden layers' activation. Default "relu" (scikit-learn's default). */
  readonly activation?: Activation;
  /** Seeds the initial weights and the shuffling, unless fit's options give a seed. Default 0. */
  readonly seed?: number;
}

/** The per-row loss a dense model trains on (its kernel is compiled for it). */
export type DenseLoss = "mse" | "logistic" | "softmax";

// One kernel per shape, activation and loss, generated once per process.
const kernels = new Map<string, DenseKernel>();

/**
 * What SoftmaxRegression, MLPClassifier and MLPRegressor share: a dense network (inputs, hidden layers,
 * outputs), trained by the shared mini-batch loop on a kernel generated once per shape (see
 * `denseKernel`): never a tree per row. Parameters start uniform in +-1/sqrt(fan-in) (PyTorch's default
 * for nn.Linear), from the seed.
 */
export abstract class DenseModel {
  readonly hidden: readonly number[];
  readonly activation: Activation;
  readonly seed: number;
  /** The training loss after each epoch of the last `fit`. */
  lossHistory: number[] = [];
  /** Per layer, weights[l][o][i] multiplies input i of layer l in its output o. */
  weights: number[][][] = [];
  /** Per layer, biases[l][o]. */
  biases: number[][] = [];
  private sizes: number[] = [];
  private values: Float64Array | null = null;

  protected constructor(options: NetworkOptions, defaultHidden: readonly number[]) {
    this.hidden = [...(options.hidden ?? defaultHidden)];
    if (this.hidden.some((size) => !Number.isInteger(size) || size < 1))
      throw new RangeError(`hidden sizes must be whole numbers >= 1, got [${this.hidden.join(", ")}]`);
    this.activation = options.activation ?? "relu";
    activationNamed(this.activation);
    this.seed = options.seed ?? 0;
  }

  /** How many outputs the network needs for these targets (checking them). */
  protected abstract outputsFor(y: readonly number[]): number;
  /** The per-row loss for that many outputs. */
  protected abstract lossFor(outputs: number): DenseLoss;
  /** Writes row r's target columns into `out`. */
  protected abstract writeTargets(label: number, out: Float64Array, at: number, outputs: number): void;

  /** The number of target columns per row in the kernel's data. */
  private static targetColumns(loss: DenseLoss, outputs: number): number {
    return loss === "logistic" ? 1 : outputs;
  }

  /**
   * Trains for `nEpochs` epochs: batch gradient descent by default, mini-batches with `batchSize`,
   * `optimizer: "adam"`, `weightDecay` (L2 on the weights, not the biases); see FitOptions.
   * @example new MLPClassifier({ hidden: [16] }).fit(XTrain, yTrain, 100, 0.01, { optimizer: "adam", batchSize: 32 })
   */
  fit(X: Matrix, y: readonly number[], nEpochs: number, learningRate: number, options: FitOptions<never> = {}): this {
    const rows = rowsOf(X);
    targetsOf(y, rows.length);
    const n = rows.length;
    if (n === 0) throw new DataError("Cannot fit on zero rows");
    const d = rows[0]?.length ?? 0;
    if (d === 0) throw new DataError("X has no columns");
    checkFitOptions(options, nEpochs, learningRate, n);
    const outputs = this.outputsFor(y);
    const loss = this.lossFor(outputs);
    const sizes = [d, ...this.hidden, outputs];
    const kernel = kernelFor(sizes, this.activation, loss);
    const t = DenseModel.targetColumns(loss, outputs);
    const data = new Float64Array(n * (d + t));
    rows.forEach((row, r) => {
      data.set(row, r * (d + t));
      this.writeTargets(y[r] as number, data, r * (d + t) + d, outputs);
    });
    const random = mulberry32(options.seed ?? this.seed);
    const values = initialValues(sizes, random);
    this.sizes = sizes;
    this.lossHistory = [];
    trainLoop({
      kernel,
      parameters: values,
      isWeight: kernel.isWeight,
      data,
      rows: n,
      nEpochs,
      learningRate,
      mean: true,
      random,
      options,
      history: this.lossHistory,
      publish: (current) => this.setValues(current),
      diverged: (current, epoch, what) => {
        this.setValues(current);
        throw new TrainingDivergedError(epoch, learningRate, what);
      },
    });
    return this;
  }

  /** The network's outputs (logits, or values for regression) for every row: one array per row. */
  protected outputs(X: Matrix): number[][] {
    const values = this.values;
    if (values === null)
      throw new DataError("The model is not trained yet: call fit(X, y, nEpochs, learningRate) first");
    const rows = rowsOf(X);
    const d = this.sizes[0] as number;
    const K = this.sizes.at(-1) as number;
    const inputs = new Float64Array(rows.length * d);
    rows.forEach((row, r) => {
      if (row.length !== d)
        throw new DataError(`The model takes ${d} inputs but this row has ${row.length}`, { row: r + 1 });
      inputs.set(row, r * d);
    });
    const kernel = kernelFor(this.sizes, this.activation, this.lossFor(K));
    const out = kernel.forward(values, inputs, rows.length);
    return rows.map((_, r) => Array.from(out.subarray(r * K, r * K + K)));
  }

  /** The number of inputs and outputs of the fitted network: [inputs, hidden..., outputs] (empty before fit). */
  get layerSizes(): readonly number[] {
    return this.sizes;
  }

  private setValues(current: Float64Array): void {
    this.values = Float64Array.from(current);
    this.weights = [];
    this.biases = [];
    let at = 0;
    for (let l = 0; l + 1 < this.sizes.length; l++) {
      const inSize = this.sizes[l] as number;
      const outSize = this.sizes[l + 1] as number;
      this.weights.push(
        Array.from({ length: outSize }, (_, o) => Array.from(current.subarray(at + o * inSize, at + (o + 1) * inSize))),
      );
      at += inSize * outSize;
      this.biases.push(Array.from(current.subarray(at, at + outSize)));
      at += outSize;
    }
  }
}

function kernelFor(sizes: readonly number[], activation: Activation, loss: DenseLoss): DenseKernel {
  const key = `${sizes.join("-")}|${activation}|${loss}`;
  let kernel = kernels.get(key);
  if (kernel === undefined) {
    const spec: DenseSpec = {
      sizes,
      activation,
      loss: lossBuilders[loss],
      targets: loss === "logistic" ? 1 : (sizes.at(-1) as number),
    };
    kernel = denseKernel(spec);
    kernels.set(key, kernel);
  }
  return kernel;
}

const lossBuilders: Record<DenseLoss, DenseSpec["loss"]> = {
  // PyTorch's MSELoss over one output; with several, the squared errors of a row add up
  mse: (o, t) => sumOf(o.map((ok, k) => squaredError(ok, t[k]!))),
  logistic: (o, t) => logisticLoss(o[0]!, t[0]!),
  softmax: (o, t) => softmaxCrossEntropyOneHot(o, t),
};

/** Weights and biases uniform in [-1/sqrt(fan-in), 1/sqrt(fan-in)), layer by layer, in the kernel's order. */
function initialValues(sizes: readonly number[], random: () => number): Float64Array {
  const values: number[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const bound = 1 / Math.sqrt(sizes[l] as number);
    const count = (sizes[l] as number) * (sizes[l + 1] as number) + (sizes[l + 1] as number);
    for (let j = 0; j < count; j++) values.push((2 * random() - 1) * bound);
  }
  return Float64Array.from(values);
}

/** Class labels must be whole numbers 0..K-1; returns K (at least 2). */
export function classCount(y: readonly number[]): number {
  const bad = y.findIndex((label) => !Number.isInteger(label) || label < 0);
  if (bad >= 0)
    throw new DataError(`Class labels must be whole numbers 0, 1, 2, ...; got ${y[bad]}`, {
      row: bad + 1,
      column: "y",
    });
  const K = Math.max(1, ...y) + 1;
  if (K > 1000) throw new DataError(`Class labels go up to ${K - 1}: more than 1000 classes is not supported`);
  return K;
}

/** The index of the largest entry (the first one on a tie). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if ((values[k] as number) > (values[best] as number)) best = k;
  return best;
}
