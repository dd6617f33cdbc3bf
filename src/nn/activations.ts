import type { Expression } from "../expression/Expression.js";
import { leakyRelu, linear, relu, sigmoid, tanh } from "../expression/factories.js";

/** The activations a layer can apply, by name. */
export const ACTIVATIONS = {
  tanh,
  relu,
  sigmoid,
  leakyRelu: (u: Expression): Expression => leakyRelu(u),
  linear,
} as const satisfies Record<string, (u: Expression) => Expression>;

export type Activation = keyof typeof ACTIVATIONS;

/** The activation function named `name`, or a RangeError listing the names. */
export function activationNamed(name: string): (u: Expression) => Expression {
  if (!Object.hasOwn(ACTIVATIONS, name)) {
    throw new RangeError(`Unknown activation "${name}" (available: ${Object.keys(ACTIVATIONS).join(", ")})`);
  }
  return ACTIVATIONS[name as Activation];
}
