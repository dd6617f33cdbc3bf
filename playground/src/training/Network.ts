import {
  compile,
  compileSum,
  elu,
  gelu,
  logisticLoss,
  mulberry32,
  relu,
  sigmoid,
  softplus,
  swish,
  tanh,
  variable,
  type CompiledExpression,
  type Expression,
  type SumKernel,
} from "../../../src/index.js";

export const ACTIVATIONS = { tanh, relu, sigmoid, softplus, swish, gelu, elu } as const;
export type Activation = keyof typeof ACTIVATIONS;

/** The inputs of one data row, in the column order of a PointSet's data. */
const INPUTS = ["x0", "x1", "y"] as const;

/**
 * A network with one hidden layer, 2 inputs -> `hidden` units -> 1 logit, written as one gradkit
 * expression: unit j is act(w_j0 x0 + w_j1 x1 + b_j), the logit is Σ v_j unit_j + c, and the loss of one
 * point is the binary cross-entropy of sigmoid(logit) against its label y. compileSum turns that loss
 * into one generated function that sums loss and gradient over the points; `compile` turns the logit
 * into the function the decision boundary is drawn with.
 */
export class Network {
  /** Parameter names, in the order of `parameters`: w{j}_0, w{j}_1, b{j} per unit, then v{j}, then c. */
  readonly names: readonly string[];
  readonly parameters: Float64Array;
  /** The logit as an expression of x0, x1 and the parameters. */
  readonly logit: Expression;
  /** The loss of one point (x0, x1, y). */
  readonly rowLoss: Expression;
  private readonly lossAndGradient: SumKernel;
  private readonly logitOf: CompiledExpression;
  private readonly gradient: Float64Array;
  private readonly inputs: Float64Array;

  constructor(hidden: number, activation: Activation, seed = 1) {
    const act = ACTIVATIONS[activation];
    const [x0, x1, y] = [variable("x0"), variable("x1"), variable("y")];
    const names: string[] = [];
    const parameter = (name: string): Expression => {
      names.push(name);
      return variable(name);
    };
    const units: Expression[] = [];
    for (let j = 0; j < hidden; j++) {
      units.push(
        act(
          parameter(`w${j}_0`)
            .mul(x0)
            .add(parameter(`w${j}_1`).mul(x1))
            .add(parameter(`b${j}`)),
        ),
      );
    }
    let logit: Expression = parameter("c");
    units.forEach((unit, j) => (logit = parameter(`v${j}`).mul(unit).add(logit)));
    this.names = names;
    this.logit = logit;
    this.rowLoss = logisticLoss(logit, y);
    this.lossAndGradient = compileSum(this.rowLoss, { parameters: names, inputs: INPUTS });
    this.logitOf = compile(logit, { variables: [...names, "x0", "x1"] });
    this.gradient = new Float64Array(names.length);
    this.inputs = new Float64Array(names.length + 2);

    // Glorot-style start: weights ~ N(0, 1/fan_in), biases 0; relu gets its units' biases a little positive
    // so no unit starts dead.
    const random = mulberry32(seed);
    const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    this.parameters = Float64Array.from(names, (name) => {
      if (name.startsWith("w")) return gaussian() / Math.sqrt(2);
      if (name.startsWith("v")) return gaussian() / Math.sqrt(hidden);
      return name.startsWith("b") && activation === "relu" ? 0.1 : 0;
    });
  }

  /**
   * One step of gradient descent on the mean loss over rows[start..end) of `data`; returns that mean
   * loss (before the step).
   */
  step(data: Float64Array, rows: Int32Array, start: number, end: number, learningRate: number): number {
    this.gradient.fill(0);
    const loss = this.lossAndGradient(this.parameters, data, rows, start, end, this.gradient);
    const scale = learningRate / (end - start);
    for (let k = 0; k < this.parameters.length; k++) this.parameters[k]! -= scale * this.gradient[k]!;
    return loss / (end - start);
  }

  /** The mean loss over every row of `data`, without a gradient. */
  meanLoss(data: Float64Array, count: number): number {
    return this.lossAndGradient.valueOnly(this.parameters, data, null, 0, count) / count;
  }

  /** The probability of class 1 at (x0, x1). */
  probability(x0: number, x1: number): number {
    this.inputs.set(this.parameters);
    this.inputs[this.names.length] = x0;
    this.inputs[this.names.length + 1] = x1;
    return 1 / (1 + Math.exp(-this.logitOf(this.inputs)));
  }

  /** The fraction of rows whose label the network predicts (probability >= 0.5 means 1). */
  accuracy(data: Float64Array, count: number): number {
    let correct = 0;
    for (let r = 0; r < count; r++) {
      const predicted = this.probability(data[3 * r]!, data[3 * r + 1]!) >= 0.5 ? 1 : 0;
      if (predicted === data[3 * r + 2]) correct++;
    }
    return correct / count;
  }
}
