import { Variable } from "../expression/Variable.js";
import { HOLDS_GRADIENT, type GradientHolder } from "./gradientHolder.js";

/** Options of `parameter(name, value, options)`. */
export interface ParameterOptions {
  /**
   * False for a value that takes part in expressions but is not trained (PyTorch's `requires_grad=False`,
   * TensorFlow's `tf.constant`): backward() leaves its grad at 0, and a GradientTape sees it only when
   * watched. Default true.
   */
  readonly requiresGrad?: boolean;
}

/**
 * A variable that holds its own value and gradient: PyTorch's tensor with `requires_grad=True`,
 * TensorFlow's `tf.Variable`. It is a Variable, so it goes into expressions like any other
 * (`w.mul(x).add(b)`); `loss.backward()` adds d loss / d w to `w.grad`, an optimizer moves `w.value`.
 *
 * @example
 * const x = parameter("x", 3);
 * x.pow(2).backward();
 * x.grad; // 6
 */
export class Parameter extends Variable implements GradientHolder {
  readonly [HOLDS_GRADIENT] = true as const;
  /** d loss / d this, summed over every backward() since the last zeroGrad(). Starts at 0. */
  grad = 0;
  readonly requiresGrad: boolean;

  constructor(
    name: string,
    /** The current value; expressions are evaluated at it. */
    public value: number,
    options: ParameterOptions = {},
  ) {
    super(name);
    if (typeof name !== "string" || name.length === 0) throw new TypeError("A parameter needs a non-empty name");
    if (!Number.isFinite(value)) throw new RangeError(`Parameter "${name}" needs a finite value, got ${value}`);
    this.requiresGrad = options.requiresGrad ?? true;
  }

  /** Sets grad back to 0 (PyTorch's `zero_grad()`). */
  zeroGrad(): void {
    this.grad = 0;
  }
}

/**
 * A parameter named `name` with a starting value. Names must be unique among the parameters of one
 * expression: the engine tells variables apart by name.
 * @example const w = parameter("w", 0.5);
 */
export function parameter(name: string, value: number, options: ParameterOptions = {}): Parameter {
  return new Parameter(name, value, options);
}
