import type { Expression, Operand } from "../expression/Expression.js";
import { lift } from "../expression/Expression.js";
import { mulberry32 } from "../data/mulberry32.js";
import { sumOf } from "../losses/sumOf.js";
import { Parameter } from "./Parameter.js";

/** Options of `new LinearLayer(inFeatures, outFeatures, options)`. */
export interface LinearLayerOptions {
  /**
   * Prefix of the parameters' names: `<name>_w<o>_<i>`, `<name>_b<o>`. Default: `fc1`, `fc2`, ... in order of
   * creation.
   */
  readonly name?: string;
  /** Seeds the initial weights (mulberry32): the same seed, the same layer. Default 0. */
  readonly seed?: number;
  /** Whether the layer adds a bias. Default true. */
  readonly bias?: boolean;
}

let created = 0;

/**
 * PyTorch's `nn.Linear(inFeatures, outFeatures)`: out_o = sum_i w_oi * x_i + b_o, every weight and bias a
 * Parameter. Initial values are uniform in [-1/sqrt(in), 1/sqrt(in)), PyTorch's default, from a seeded
 * generator. (`Linear` is already the course's identity activation node, hence the name.)
 *
 * @example
 * const layer = new LinearLayer(1, 1, { name: "f" });
 * const [prediction] = layer.forward([5]);   // f_w0_0 * 5 + f_b0
 */
export class LinearLayer {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly name: string;
  /** weight[o][i] multiplies input i in output o. */
  readonly weight: Parameter[][];
  /** bias[o], empty without a bias. */
  readonly bias: Parameter[];

  constructor(inFeatures: number, outFeatures: number, options: LinearLayerOptions = {}) {
    for (const [what, size] of [
      ["inFeatures", inFeatures],
      ["outFeatures", outFeatures],
    ] as const) {
      if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`LinearLayer's ${what} must be a whole number >= 1, got ${size}`);
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    this.name = options.name ?? `fc${++created}`;
    const random = mulberry32(options.seed ?? 0);
    const bound = 1 / Math.sqrt(inFeatures);
    const draw = () => (2 * random() - 1) * bound;
    this.weight = Array.from({ length: outFeatures }, (_, o) =>
      Array.from({ length: inFeatures }, (_, i) => new Parameter(`${this.name}_w${o}_${i}`, draw())),
    );
    this.bias =
      options.bias === false
        ? []
        : Array.from({ length: outFeatures }, (_, o) => new Parameter(`${this.name}_b${o}`, draw()));
  }

  /** Every weight (row by row), then every bias: what an optimizer takes. */
  parameters(): Parameter[] {
    return [...this.weight.flat(), ...this.bias];
  }

  /** One row of inputs (numbers or expressions) in, one expression per output out. */
  forward(row: readonly Operand[]): Expression[] {
    if (row.length !== this.inFeatures)
      throw new RangeError(`LinearLayer ${this.name} takes ${this.inFeatures} inputs, got ${row.length}`);
    const inputs = row.map(lift);
    return this.weight.map((weights, o) => {
      const terms = weights.map((w, i) => w.mul(inputs[i] as Expression));
      const b = this.bias[o];
      return sumOf(b === undefined ? terms : [...terms, b]);
    });
  }

  /** Every parameter's grad back to 0. */
  zeroGrad(): void {
    for (const p of this.parameters()) p.zeroGrad();
  }
}
