import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Exponential } from "../expression/functions/Exponential.js";
import { Sigmoid } from "../expression/functions/Sigmoid.js";
import { Addition } from "../expression/operators/Addition.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";

/**
 * True only when `e` is > 0 at every point where it is defined: positive numbers, exp, sigmoid, and sums,
 * products, quotients and powers of those. False means "not certain", not "negative".
 */
export function isPositive(root: Expression): boolean {
  const stack: Expression[] = [root];
  let steps = 0;
  while (stack.length > 0) {
    // a bounded look: this guards a rewrite, it must not cost a walk of a huge tree
    if (++steps > 64) return false;
    const e = stack.pop()!;
    if (e instanceof Constant) {
      if (!(e.value > 0)) return false;
    } else if (e instanceof Exponential || e instanceof Sigmoid) {
    } else if (e instanceof Addition || e instanceof Multiplication || e instanceof Division) {
      stack.push(e.left, e.right);
    } else if (e instanceof Power) {
      stack.push(e.left);
    } else {
      return false;
    }
  }
  return true;
}
