import { LinearLayer, SGD, item, mseLoss, noGrad, type Expression, type Parameter } from "../../src/index.js";

/*
 * The training pipeline of PyTorch, on gradkit's engine:
 *
 *   model = nn.Linear(1, 1)                       const model = new LinearLayer(1, 1);
 *   optimizer = SGD(model.parameters(), lr=lr)    const optimizer = new SGD(model.parameters(), { lr });
 *   for epoch in range(epochs):
 *       optimizer.zero_grad()                     optimizer.zeroGrad();
 *       loss = loss_fn(model(X), Y)               const loss = ...;
 *       loss.backward()                           loss.backward();
 *       optimizer.step()                          optimizer.step();
 *
 * Parameters (`parameter(name, value)`) hold `.value` and `.grad`; `loss.backward()` ADDS d loss / d p to
 * every parameter's `.grad`, so the gradients of two steps pile up unless they are zeroed in between.
 */

/** The model's prediction for one input x: the single output of `model.forward([x])`. */
export function prediction(model: LinearLayer, x: number): Expression {
  // BEGIN SOLUTION TODO(10.1): the first (only) output of model.forward([x])
  return model.forward([x])[0]!;
  // END SOLUTION
}

/** The mean squared error of the model's predictions on xs against ys, as one expression of its parameters. */
export function lossOf(model: LinearLayer, xs: readonly number[], ys: readonly number[]): Expression {
  // BEGIN SOLUTION TODO(10.2): mseLoss of one prediction per x against ys
  return mseLoss(
    xs.map((x) => prediction(model, x)),
    ys,
  );
  // END SOLUTION
}

/** What `optimizer.step()` does for plain SGD, by hand: every parameter's value moves by -learningRate * its grad. */
export function stepByHand(parameters: readonly Parameter[], learningRate: number): void {
  // BEGIN SOLUTION TODO(10.3): p.value <- p.value - learningRate * p.grad, for every parameter
  for (const p of parameters) p.value -= learningRate * p.grad;
  // END SOLUTION
}

/**
 * One step of the pipeline: clear the old gradients, build the loss, backward, step. Returns the loss's
 * value at the parameters it started from (before the step).
 */
export function trainStep(model: LinearLayer, optimizer: SGD, xs: readonly number[], ys: readonly number[]): number {
  // BEGIN SOLUTION TODO(10.4): optimizer.zeroGrad(), then the loss, loss.backward(), optimizer.step(); return item(loss) from before the step
  optimizer.zeroGrad();
  const loss = lossOf(model, xs, ys);
  const value = item(loss);
  loss.backward();
  optimizer.step();
  return value;
  // END SOLUTION
}

/** Options of `learnDoubling`. */
export interface DoublingOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly seed?: number;
}

/** A trained model and its loss before each step. */
export interface Trained {
  readonly model: LinearLayer;
  readonly losses: number[];
}

/** The course's example: learn f(x) = 2x from x = 1, 2, 3, 4 with a LinearLayer(1, 1) and SGD. */
export function learnDoubling(options: DoublingOptions = {}): Trained {
  const { epochs = 200, learningRate = 0.05, seed = 0 } = options;
  const xs = [1, 2, 3, 4];
  const ys = xs.map((x) => 2 * x);
  // BEGIN SOLUTION TODO(10.5): a LinearLayer(1, 1) seeded with `seed`, an SGD on its parameters, then `epochs` calls of trainStep
  const model = new LinearLayer(1, 1, { seed });
  const optimizer = new SGD(model.parameters(), { lr: learningRate });
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) losses.push(trainStep(model, optimizer, xs, ys));
  return { model, losses };
  // END SOLUTION
}

/** The trained model's f(x) as a number, evaluated with no gradient recorded (PyTorch's `with torch.no_grad():`). */
export function evaluateAt(model: LinearLayer, x: number): number {
  // BEGIN SOLUTION TODO(10.6): inside noGrad(() => ...), the item() of prediction(model, x)
  return noGrad(() => item(prediction(model, x)));
  // END SOLUTION
}
