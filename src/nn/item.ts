import type { Expression } from "../expression/Expression.js";
import { parametersOf, valuesOf } from "./parametersOf.js";

/**
 * The value of an expression at its parameters' current values: PyTorch's `tensor.item()`,
 * TensorFlow's `tensor.numpy()`. Every variable in it must be a parameter.
 * @example item(parameter("x", 3).pow(2)) // 9
 */
export function item(expression: Expression): number {
  return expression.eval(valuesOf(parametersOf(expression)));
}
