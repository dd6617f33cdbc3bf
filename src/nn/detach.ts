import type { Expression } from "../expression/Expression.js";
import type { Constant } from "../expression/Constant.js";
import { constant } from "../expression/factories.js";
import { item } from "./item.js";

/**
 * PyTorch's `tensor.detach()`: a Constant holding the expression's current value, so no gradient flows
 * through it. `w.mul(detach(w))` has gradient w, not 2w.
 * @example detach(parameter("w", 2).mul(3)).value // 6
 */
export function detach(expression: Expression): Constant {
  return constant(item(expression));
}
