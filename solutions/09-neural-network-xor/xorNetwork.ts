import { constant, mulberry32, sigmoid, tanh, variable, type Expression } from "../../src/index.js";

/*
 * A network with one hidden layer that learns XOR: 2 inputs, `hidden` tanh units, 1 sigmoid output.
 * Every weight and bias is a *variable* of one loss expression; the engine's `gradient(env)` gives every
 * partial in one reverse pass, and training is the gradient descent of exercise 05 on all of them at once.
 *
 * Names: w1_<i>_<j> from input i to hidden unit j, b1_<j>, w2_<j> from hidden unit j to the output, b2.
 */

/** The four XOR cases: inputs and target. */
export const XOR: readonly { readonly input: readonly [number, number]; readonly target: number }[] = [
  { input: [0, 0], target: 0 },
  { input: [0, 1], target: 1 },
  { input: [1, 0], target: 1 },
  { input: [1, 1], target: 0 },
];

/** Every parameter name of a network with `hidden` hidden units. */
export function parameterNames(hidden: number): string[] {
  const names: string[] = [];
  for (let j = 0; j < hidden; j++) names.push(`w1_0_${j}`, `w1_1_${j}`, `b1_${j}`, `w2_${j}`);
  names.push("b2");
  return names;
}

/** Initial weights uniform in [-1, 1) from the library's seeded generator (mulberry32): the same seed, the same network. */
export function initialWeights(hidden: number, seed: number): Record<string, number> {
  const random = mulberry32(seed);
  return Object.fromEntries(parameterNames(hidden).map((name) => [name, 2 * random() - 1]));
}

/**
 * The network's output for one input, as an expression of the weights:
 * sigmoid(b2 + sum over j of w2_j * tanh(b1_j + w1_0_j x0 + w1_1_j x1)).
 */
export function forward(input: readonly [number, number], hidden: number): Expression {
  // BEGIN SOLUTION TODO(09.1): build each hidden unit tanh(b1_j + w1_0_j * x0 + w1_1_j * x1), then the sigmoid output
  let output: Expression = variable("b2");
  for (let j = 0; j < hidden; j++) {
    const unit = tanh(
      variable(`b1_${j}`)
        .add(variable(`w1_0_${j}`).mul(input[0]))
        .add(variable(`w1_1_${j}`).mul(input[1])),
    );
    output = output.add(variable(`w2_${j}`).mul(unit));
  }
  return sigmoid(output);
  // END SOLUTION
}

/** The mean squared error over the four XOR cases, as one expression of the weights. */
export function lossExpression(hidden: number): Expression {
  // BEGIN SOLUTION TODO(09.2): the mean over XOR of (forward(input) - target)^2
  let total: Expression = constant(0);
  for (const { input, target } of XOR) total = total.add(forward(input, hidden).sub(target).pow(2));
  return total.div(XOR.length);
  // END SOLUTION
}

/** Options of `trainXor`. */
export interface TrainOptions {
  readonly hidden?: number;
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly seed?: number;
}

/** A trained network: its weights and the loss before each epoch's step. */
export interface TrainedNetwork {
  readonly hidden: number;
  readonly weights: Record<string, number>;
  readonly lossHistory: number[];
}

/** Trains by full-batch gradient descent on the loss expression, built once. */
export function trainXor(options: TrainOptions = {}): TrainedNetwork {
  const { hidden = 3, epochs = 1500, learningRate = 2, seed = 7 } = options;
  const weights = initialWeights(hidden, seed);
  const lossHistory: number[] = [];
  // BEGIN SOLUTION TODO(09.3): build the loss once; each epoch record its value, take its gradient at the weights and step every weight
  const loss = lossExpression(hidden);
  for (let epoch = 0; epoch < epochs; epoch++) {
    lossHistory.push(loss.eval(weights));
    const gradient = loss.gradient(weights);
    for (const name of Object.keys(weights)) weights[name] = weights[name]! - learningRate * (gradient[name] ?? 0);
  }
  // END SOLUTION
  return { hidden, weights, lossHistory };
}

/** The trained network's output (a probability) for one input. */
export function predictXor(network: TrainedNetwork, input: readonly [number, number]): number {
  // BEGIN SOLUTION TODO(09.4): evaluate forward(input) at the network's weights
  return forward(input, network.hidden).eval(network.weights);
  // END SOLUTION
}
