import { constant, cos, log, sin, variable, type Expression } from "../../src/index.js";

/*
 * The course's warm-ups, numbered as in the course. Build each expression from the library's pieces:
 * `constant(v)`, `variable(name)`, the methods `add sub mul div pow neg`, and `sin cos log ...`.
 * Warm-ups that ask for a derivative return the number `diff(env, wrt)` gives.
 */

const x = variable("x");
const y = variable("y");

/** Warm-up 1: the constant 5. */
export function warmup1(): Expression {
  // BEGIN SOLUTION TODO(01.1): return the constant 5
  return constant(5);
  // END SOLUTION
}

/** Warm-up 2: the variable x (its value at x = 10 is 10). */
export function warmup2(): Expression {
  // BEGIN SOLUTION TODO(01.2): return the variable named "x"
  return variable("x");
  // END SOLUTION
}

/** Warm-up 3: 3x + 2. */
export function warmup3(): Expression {
  // BEGIN SOLUTION TODO(01.3): return 3 * x + 2
  return constant(3).mul(x).add(2);
  // END SOLUTION
}

/** Warm-up 4: the derivative of 3x + 2 at x = -1 (it is 3). */
export function warmup4(): number {
  // BEGIN SOLUTION TODO(01.4): differentiate warmup3() with respect to x at x = -1
  return warmup3().diff({ x: -1 }, "x");
  // END SOLUTION
}

/** Warm-up 5: x^2 + 2x + 1 (at x = 4 it is 25). */
export function warmup5(): Expression {
  // BEGIN SOLUTION TODO(01.5): return x ^ 2 + 2 * x + 1
  return x.pow(2).add(constant(2).mul(x)).add(1);
  // END SOLUTION
}

/** Warm-up 6: x^3 + 3y^2 + 3x + 1 (at x = 10, y = 5 it is 1106). */
export function warmup6(): Expression {
  // BEGIN SOLUTION TODO(01.6): return x ^ 3 + 3 * y ^ 2 + 3 * x + 1
  return x.pow(3).add(constant(3).mul(y.pow(2))).add(constant(3).mul(x)).add(1);
  // END SOLUTION
}

/** Warm-up 7: sin(x)^2 + cos(x)^2 (it is 1 for every x). */
export function warmup7(): Expression {
  // BEGIN SOLUTION TODO(01.7): return sin(x) ^ 2 + cos(x) ^ 2
  return sin(x).pow(2).add(cos(x).pow(2));
  // END SOLUTION
}

/** Warm-up 8: d/dx (x^2 + 3x + 2) at x = 10 (it is 2x + 3 = 23; at x = 5 it would be 13). */
export function warmup8(): number {
  // BEGIN SOLUTION TODO(01.8): build x ^ 2 + 3 * x + 2 and differentiate it with respect to x at x = 10
  return x.pow(2).add(constant(3).mul(x)).add(2).diff({ x: 10 }, "x");
  // END SOLUTION
}

/** Warm-up 9: d/dx y^x at x = 2, y = 3 (it is 9 ln 3 = 9.88751059801). */
export function warmup9(): number {
  // BEGIN SOLUTION TODO(01.9): build y ^ x and differentiate it with respect to x at x = 2, y = 3
  return y.pow(x).diff({ x: 2, y: 3 }, "x");
  // END SOLUTION
}

/** Warm-up 10: d/dx ln(x^2 + 1) at x = 1 (it is 1). */
export function warmup10(): number {
  // BEGIN SOLUTION TODO(01.10): build log(x ^ 2 + 1) and differentiate it with respect to x at x = 1
  return log(x.pow(2).add(1)).diff({ x: 1 }, "x");
  // END SOLUTION
}

/** Warm-up 11: the partial derivative d/dy of warm-up 6 at x = 10, y = 5 (it is 6y = 30). */
export function warmup11(): number {
  // BEGIN SOLUTION TODO(01.11): differentiate warmup6() with respect to y at x = 10, y = 5
  return warmup6().diff({ x: 10, y: 5 }, "y");
  // END SOLUTION
}
