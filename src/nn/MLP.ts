import type { Expression, Operand } from "../expression/Expression.js";
import { activationNamed, type Activation } from "./activations.js";
import { LinearLayer } from "./LinearLayer.js";
import type { Parameter } from "./Parameter.js";

/** Options of `new MLP(sizes, options)`. */
export interface MLPOptions {
  /** Applied after every layer but the last (whose outputs stay linear: logits or values). Default "tanh". */
  readonly activation?: Activation;
  /** Seeds every layer's initial weights. Default 0. */
  readonly seed?: number;
  /** Prefix of the parameters' names: `<name>_l<k>_w<o>_<i>`. Default: `mlp1`, `mlp2`, ... */
  readonly name?: string;
}

let created = 0;

/**
 * A multi-layer perceptron: LinearLayers of the given sizes with an activation between them, as
 * `nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))` is `new MLP([2, 8, 1])`.
 *
 * @example
 * const net = new MLP([2, 8, 1], { activation: "tanh", seed: 1 });
 * const [out] = net.forward([0.5, -1]);   // an expression of net.parameters()
 */
export class MLP {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly layers: readonly LinearLayer[];

  constructor(sizes: readonly number[], options: MLPOptions = {}) {
    if (sizes.length < 2)
      throw new RangeError(`An MLP needs at least two sizes (inputs and outputs), got [${sizes.join(", ")}]`);
    this.sizes = [...sizes];
    this.activation = options.activation ?? "tanh";
    activationNamed(this.activation);
    const name = options.name ?? `mlp${++created}`;
    const seed = options.seed ?? 0;
    this.layers = sizes
      .slice(1)
      .map((out, k) => new LinearLayer(sizes[k] as number, out, { name: `${name}_l${k}`, seed: seed * 1009 + k }));
  }

  /** Every layer's parameters, first layer first. */
  parameters(): Parameter[] {
    return this.layers.flatMap((layer) => layer.parameters());
  }

  /** One row in, the last layer's outputs out (expressions of the parameters). */
  forward(row: readonly Operand[]): Expression[] {
    const act = activationNamed(this.activation);
    return this.layers.reduce<readonly Operand[]>((x, layer, k) => {
      const z = layer.forward(x);
      return k === this.layers.length - 1 ? z : z.map(act);
    }, row) as Expression[];
  }

  zeroGrad(): void {
    for (const layer of this.layers) layer.zeroGrad();
  }
}
