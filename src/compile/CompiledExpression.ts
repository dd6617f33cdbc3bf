/** Options for `compile(expression, options)`. */
export interface CompileOptions {
  /** The order of the input slots: `f([x, y])` for `["x", "y"]`. Default: the expression's variables, sorted. */
  readonly variables?: readonly string[];
  /** Also generate the reverse pass: `f.valueAndGradient(inputs, gradientOut)`. */
  readonly gradient?: boolean;
}

/**
 * A compiled expression: call it with the variables' values in `variables` order. A wrong number of
 * inputs throws a CompileError (an object such as `{ x: 2 }` instead of an array, too).
 * @example const f = compile(parse("x * y"), { gradient: true }); f([2, 3]) // 6
 */
export interface CompiledExpression {
  (inputs: ArrayLike<number>): number;
  /** The input slots, in order. */
  readonly variables: readonly string[];
  /**
   * The value, with every partial derivative written into `gradientOut` in `variables` order
   * (only when compiled with `gradient: true`).
   */
  readonly valueAndGradient?: (inputs: ArrayLike<number>, gradientOut: Float64Array) => number;
  /** The generated JavaScript of the value function, for the curious. */
  readonly source: string;
  /** The generated JavaScript of `valueAndGradient` (only when compiled with `gradient: true`). */
  readonly gradientSource?: string;
}
