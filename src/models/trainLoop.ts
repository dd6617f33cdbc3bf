import type { LossKernel } from "../compile/LossKernel.js";
import { shuffleInPlace } from "../data/shuffleInPlace.js";
import { adamRule } from "../optim/adamRule.js";
import { sgdRule } from "../optim/sgdRule.js";
import type { UpdateRule } from "../optim/UpdateRule.js";
import type { FitOptions, OptimizerName } from "./FitOptions.js";

/** Everything a model hands the shared training loop. */
export interface TrainLoop {
  readonly kernel: LossKernel;
  /** Starting values, updated in place. */
  readonly parameters: Float64Array;
  /** 1 where weight decay applies (weights), 0 elsewhere (intercepts, biases). */
  readonly isWeight: Uint8Array;
  readonly data: Float64Array;
  readonly rows: number;
  readonly nEpochs: number;
  readonly learningRate: number;
  /** The loss is a mean over rows (steps follow the mean gradient) rather than a plain sum. */
  readonly mean: boolean;
  /** The generator that drew the starting values: it goes on to shuffle, so one seed fixes both. */
  readonly random: () => number;
  readonly options: FitOptions<string>;
  /** The model's lossHistory: each epoch's loss is pushed as it ends (onEpoch sees it there). */
  readonly history: number[];
  /** Makes the model's parameters these values (before onEpoch, and at a divergence). */
  readonly publish: (parameters: Float64Array) => void;
  /** Throws the model's TrainingDivergedError (after publishing the last finite values). */
  readonly diverged: (parameters: Float64Array, epoch: number, what: string) => never;
}

/** Checks the options every fit shares; returns the batch size. */
export function checkFitOptions(
  options: FitOptions<string>,
  nEpochs: number,
  learningRate: number,
  rows: number,
): number {
  if (!Number.isInteger(nEpochs) || nEpochs < 0)
    throw new RangeError(`nEpochs must be a whole number >= 0, got ${nEpochs}`);
  if (!(learningRate > 0) || !Number.isFinite(learningRate))
    throw new RangeError(`learningRate must be a positive number, got ${learningRate}`);
  const batchSize = options.batchSize ?? rows;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a whole number >= 1, got ${batchSize}`);
  const weightDecay = options.weightDecay ?? 0;
  if (!(weightDecay >= 0) || !Number.isFinite(weightDecay))
    throw new RangeError(`weightDecay must be a number >= 0, got ${weightDecay}`);
  const optimizer: string = options.optimizer ?? "sgd";
  if (optimizer !== "sgd" && optimizer !== "adam")
    throw new RangeError(`Unknown optimizer "${optimizer}" (available: sgd, adam)`);
  return batchSize;
}

/** The update rule an optimizer name stands for, at this learning rate. */
export function ruleFor(name: OptimizerName, learningRate: number, momentum = 0): UpdateRule {
  return name === "adam" ? adamRule({ lr: learningRate }) : sgdRule({ lr: learningRate, momentum });
}

/**
 * Mini-batch training on a compiled kernel, shared by every model: per batch, zero the gradient, one
 * kernel call (loss and gradient over the batch's rows, no tree built), the mean gradient plus weight
 * decay, one optimizer update. Stops with the model's TrainingDivergedError at the first non-finite loss
 * or parameter. Each epoch's loss (for mini-batches: the mean over the epoch's batches) goes into `history`.
 */
export function trainLoop(loop: TrainLoop): void {
  const { kernel, parameters, isWeight, data, rows: n, nEpochs, learningRate, mean, random, options, history } = loop;
  const batchSize = checkFitOptions(options, nEpochs, learningRate, n);
  const weightDecay = options.weightDecay ?? 0;
  const rule = ruleFor(options.optimizer ?? "sgd", learningRate, options.momentum ?? 0);
  const order = (options.shuffle ?? batchSize < n) ? Int32Array.from({ length: n }, (_, i) => i) : null;
  const p = parameters.length;
  const gradient = new Float64Array(p);
  const lastFinite = new Float64Array(p);
  for (let epoch = 1; epoch <= nEpochs; epoch++) {
    if (order !== null) shuffleInPlace(order, random);
    let total = 0;
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n);
      gradient.fill(0);
      const batchLoss = kernel(parameters, data, order, start, end, gradient);
      if (!Number.isFinite(batchLoss)) loop.diverged(parameters, epoch, `the loss became ${batchLoss}`);
      const scale = mean ? 1 / (end - start) : 1;
      for (let j = 0; j < p; j++)
        gradient[j] = gradient[j]! * scale + (isWeight[j] === 1 ? weightDecay * parameters[j]! : 0);
      lastFinite.set(parameters);
      rule.update(parameters, gradient);
      for (let j = 0; j < p; j++)
        if (!Number.isFinite(parameters[j]!)) loop.diverged(lastFinite, epoch, "a parameter became non-finite");
      total += batchLoss;
    }
    const epochLoss = mean ? total / n : total;
    history.push(epochLoss);
    if (options.onEpoch !== undefined) {
      loop.publish(parameters);
      options.onEpoch(epoch, epochLoss);
    }
  }
  loop.publish(parameters);
}
