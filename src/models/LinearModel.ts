import type { Expression } from "../expression/Expression.js";
import { constant, variable } from "../expression/factories.js";
import { compileSum, type SumKernel } from "../compile/compileSum.js";
import { DataError } from "../data/DataError.js";
import { rowsOf, targetsOf, type Matrix } from "../data/Matrix.js";
import { mulberry32 } from "../data/mulberry32.js";
import { sumOf } from "../losses/sumOf.js";
import type { FitOptions } from "./FitOptions.js";
import { TrainingDivergedError } from "./TrainingDivergedError.js";
import { checkFitOptions, trainLoop } from "./trainLoop.js";

// Kernels depend only on the model class, the loss and the number of features: compile each once per process.
const kernels = new WeakMap<object, Map<string, SumKernel>>();

/**
 * What LinearRegression and LogisticRegression share: parameters `mx` and `yint`, the linear expression
 * m0 * x0 + m1 * x1 + ... + yint, and training by gradient descent on the engine's gradient.
 *
 * How training stays fast: the per-row loss is composed ONCE as an expression whose variables are the
 * parameters (m0.., yint) and the row's inputs (x0.., y); `compileSum` turns it into straight-line
 * JavaScript that sums the loss and its reverse-mode gradient over rows of a Float64Array. The epoch
 * loop then only calls that kernel and takes steps; no tree is built or walked inside it.
 */
export abstract class LinearModel<Loss extends string> {
  /** Slopes keyed "m0", "m1", ... one per input column (m0 multiplies column 0). */
  mx: Record<string, number> = {};
  /** The intercept: the prediction's value when every input is 0. */
  yint = 0;
  /** The training loss after each epoch of the last `fit` (for mini-batches: the mean over the epoch's batches). */
  lossHistory: number[] = [];
  /** The loss `fit` minimises (and `lossExpression` / `lossAndGradient` use); a fit option sets it. */
  abstract loss: Loss;

  /** One row's loss from the linear expression z and the target y (both expressions). */
  protected abstract rowLoss(z: Expression, y: Expression, loss: Loss): Expression;
  /** True when the loss is a mean over rows (so steps divide by the batch size), false for a plain sum. */
  protected abstract isMean(loss: Loss): boolean;
  /** Throws a DataError for targets this model cannot learn (e.g. labels that are not 0/1). */
  protected abstract checkLabels(y: readonly number[]): void;
  /** Every loss this model knows, for error messages. */
  protected abstract readonly losses: readonly Loss[];

  /** The number of input columns the parameters are for (0 before fitting). */
  get nFeatures(): number {
    return Object.keys(this.mx).length;
  }

  /** The parameters as an env for the expressions: `{ m0, m1, ..., yint }`. */
  parameters(): Record<string, number> {
    return { ...this.mx, yint: this.yint };
  }

  /**
   * Gradient descent on the loss: `nEpochs` passes over the rows, each step moving every parameter by
   * -learningRate times its partial derivative (or by Adam's step, with `optimizer: "adam"`; weight
   * decay on the slopes with `weightDecay`). Parameters start from small seeded random values, so
   * the same seed gives identical parameters. Throws TrainingDivergedError if the loss stops being
   * finite (the model then keeps the last finite parameters).
   *
   * @example
   * const model = new LinearRegression().fit([[1], [2], [3], [4]], [2, 4, 6, 8], 500, 0.05, { seed: 1 });
   * model.predict([[5]]); // [10.0...]
   */
  fit(X: Matrix, y: readonly number[], nEpochs: number, learningRate: number, options: FitOptions<Loss> = {}): this {
    const rows = rowsOf(X);
    targetsOf(y, rows.length);
    this.checkLabels(y);
    const n = rows.length;
    if (n === 0) throw new DataError("Cannot fit on zero rows");
    const d = rows[0]?.length ?? 0;
    const loss = options.loss ?? this.loss;
    if (!this.losses.includes(loss))
      throw new RangeError(`Unknown loss "${loss}" (available: ${this.losses.join(", ")})`);
    checkFitOptions(options, nEpochs, learningRate, n);
    this.loss = loss;
    const random = mulberry32(options.seed ?? 0);
    const params = new Float64Array(d + 1);
    for (let j = 0; j <= d; j++) params[j] = random() - 0.5;
    const isWeight = new Uint8Array(d + 1).fill(1, 0, d); // the slopes, not the intercept
    this.lossHistory = [];
    trainLoop({
      history: this.lossHistory,
      kernel: this.kernelFor(d, loss),
      parameters: params,
      isWeight,
      data: packRows(rows, y),
      rows: n,
      nEpochs,
      learningRate,
      mean: this.isMean(loss),
      random,
      options,
      publish: (values) => this.setParameters(values),
      diverged: (values, epoch, what) => this.diverged(values, epoch, learningRate, what),
    });
    return this;
  }

  /**
   * The linear part as an expression: m0 * x0 + m1 * x1 + ... + yint. With a row, its values are the
   * x's (the course's "one tree per row"); without, the x's are variables x0, x1, ... too.
   * Evaluate it at `model.parameters()`; differentiate it by "m0", "yint", ...
   *
   * @example model.linearExpression([3, 1100]).toString() // "m0 * 3 + m1 * 1100 + yint"
   */
  linearExpression(row?: readonly number[]): Expression {
    return linearOf(row?.length ?? this.fittedWidth(), row);
  }

  /**
   * The training loss as an expression of the parameters. With X and y: the loss over those rows
   * (each row's numbers built into the tree, the course's method; fine for inspecting, slow for
   * training). Without: one row's loss with the row as variables x0, x1, ..., y, which is the
   * expression `fit` compiles once.
   *
   * @example model.lossExpression().variables() // ["m0", "m1", "x0", "x1", "y", "yint"]
   */
  lossExpression(X?: Matrix, y?: readonly number[]): Expression {
    if (X === undefined || y === undefined) return this.rowLoss(this.linearExpression(), variable("y"), this.loss);
    const rows = rowsOf(X);
    targetsOf(y, rows.length);
    const total = sumOf(
      rows.map((row, i) => this.rowLoss(this.linearExpression(row), constant(y[i] as number), this.loss)),
    );
    return this.isMean(this.loss) ? total.div(rows.length) : total;
  }

  /**
   * The loss over these rows at the current parameters and its gradient, from the compiled kernel that
   * `fit` uses (the gradient every training step follows, averaged over the rows for a mean loss).
   *
   * @example model.lossAndGradient(X, y).gradient.m0
   */
  lossAndGradient(X: Matrix, y: readonly number[]): { loss: number; gradient: Record<string, number> } {
    const rows = rowsOf(X);
    targetsOf(y, rows.length);
    const d = this.fittedWidth();
    if ((rows[0]?.length ?? d) !== d)
      throw new DataError(`The model has ${d} slopes but X has ${rows[0]?.length} columns`);
    const names = parameterNames(d);
    const current = this.parameters();
    const params = Float64Array.from(names, (name) => current[name] as number);
    const gradient = new Float64Array(d + 1);
    const sum = this.kernelFor(d, this.loss)(params, packRows(rows, y), null, 0, rows.length, gradient);
    const scale = this.isMean(this.loss) ? 1 / rows.length : 1;
    return {
      loss: sum * scale,
      gradient: Object.fromEntries(names.map((name, j) => [name, (gradient[j] as number) * scale])),
    };
  }

  /** m . x + yint for every row. */
  protected linear(X: Matrix): number[] {
    const rows = rowsOf(X);
    const d = this.fittedWidth();
    const slopes = Array.from({ length: d }, (_, j) => this.mx[`m${j}`] as number);
    return rows.map((row, r) => {
      if (row.length !== d)
        throw new DataError(`The model has ${d} slopes but this row has ${row.length} values`, { row: r + 1 });
      let z = this.yint;
      for (let j = 0; j < d; j++) z += (slopes[j] as number) * (row[j] as number);
      return z;
    });
  }

  private fittedWidth(): number {
    const d = this.nFeatures;
    if (d === 0) throw new DataError("The model has no slopes yet: call fit(X, y, nEpochs, learningRate) first");
    return d;
  }

  private kernelFor(d: number, loss: Loss): SumKernel {
    const key = `${loss}|${d}`;
    let forClass = kernels.get(this.constructor);
    if (forClass === undefined) kernels.set(this.constructor, (forClass = new Map()));
    let kernel = forClass.get(key);
    if (kernel === undefined) {
      const inputs = [...Array.from({ length: d }, (_, j) => `x${j}`), "y"];
      kernel = compileSum(this.rowLoss(linearOf(d), variable("y"), loss), { parameters: parameterNames(d), inputs });
      forClass.set(key, kernel);
    }
    return kernel;
  }

  private setParameters(params: Float64Array): void {
    const d = params.length - 1;
    const mx: Record<string, number> = {};
    for (let j = 0; j < d; j++) mx[`m${j}`] = params[j] as number;
    this.mx = mx;
    this.yint = params[d] as number;
  }

  private diverged(params: Float64Array, epoch: number, learningRate: number, what: string): never {
    this.setParameters(params);
    throw new TrainingDivergedError(epoch, learningRate, what);
  }
}

/** m0 * x0 + ... + m{d-1} * x{d-1} + yint; with a row, its numbers stand where the x's would. */
function linearOf(d: number, row?: readonly number[]): Expression {
  const terms: Expression[] = [];
  for (let j = 0; j < d; j++)
    terms.push(variable(`m${j}`).mul(row === undefined ? variable(`x${j}`) : constant(row[j] as number)));
  return sumOf([...terms, variable("yint")]);
}

/** ["m0", ..., "m{d-1}", "yint"]: the kernel's parameter order. */
function parameterNames(d: number): string[] {
  return [...Array.from({ length: d }, (_, j) => `m${j}`), "yint"];
}

/** Rows and targets side by side, row-major: x0, x1, ..., y for row 0, then row 1, ... */
function packRows(rows: readonly (readonly number[])[], y: readonly number[]): Float64Array {
  const stride = (rows[0]?.length ?? 0) + 1;
  const data = new Float64Array(rows.length * stride);
  rows.forEach((row, r) => {
    data.set(row, r * stride);
    data[r * stride + stride - 1] = y[r] as number;
  });
  return data;
}
