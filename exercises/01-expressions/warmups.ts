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
  // TODO: return the constant 5
  throw new Error("TODO(01.1): return the constant 5");
}

/** Warm-up 2: the variable x (its value at x = 10 is 10). */
export function warmup2(): Expression {
  // TODO: return the variable named "x"
  throw new Error("TODO(01.2): return the variable named \"x\"");
}

/** Warm-up 3: 3x + 2. */
export function warmup3(): Expression {
  // TODO: return 3 * x + 2
  throw new Error("TODO(01.3): return 3 * x + 2");
}

/** Warm-up 4: the derivative of 3x + 2 at x = -1 (it is 3). */
export function warmup4(): number {
  // TODO: differentiate warmup3() with respect to x at x = -1
  throw new Error("TODO(01.4): differentiate warmup3() with respect to x at x = -1");
}

/** Warm-up 5: x^2 + 2x + 1 (at x = 4 it is 25). */
export function warmup5(): Expression {
  // TODO: return x ^ 2 + 2 * x + 1
  throw new Error("TODO(01.5): return x ^ 2 + 2 * x + 1");
}

/** Warm-up 6: x^3 + 3y^2 + 3x + 1 (at x = 10, y = 5 it is 1106). */
export function warmup6(): Expression {
  // TODO: return x ^ 3 + 3 * y ^ 2 + 3 * x + 1
  throw new Error("TODO(01.6): return x ^ 3 + 3 * y ^ 2 + 3 * x + 1");
}

/** Warm-up 7: sin(x)^2 + cos(x)^2 (it is 1 for every x). */
export function warmup7(): Expression {
  // TODO: return sin(x) ^ 2 + cos(x) ^ 2
  throw new Error("TODO(01.7): return sin(x) ^ 2 + cos(x) ^ 2");
}

/** Warm-up 8: d/dx (x^2 + 3x + 2) at x = 10 (it is 2x + 3 = 23; at x = 5 it would be 13). */
export function warmup8(): number {
  // TODO: build x ^ 2 + 3 * x + 2 and differentiate it with respect to x at x = 10
  throw new Error("TODO(01.8): build x ^ 2 + 3 * x + 2 and differentiate it with respect to x at x = 10");
}

/** Warm-up 9: d/dx y^x at x = 2, y = 3 (it is 9 ln 3 = 9.88751059801). */
export function warmup9(): number {
  // TODO: build y ^ x and differentiate it with respect to x at x = 2, y = 3
  throw new Error("TODO(01.9): build y ^ x and differentiate it with respect to x at x = 2, y = 3");
}

/** Warm-up 10: d/dx ln(x^2 + 1) at x = 1 (it is 1). */
export function warmup10(): number {
  // TODO: build log(x ^ 2 + 1) and differentiate it with respect to x at x = 1
  throw new Error("TODO(01.10): build log(x ^ 2 + 1) and differentiate it with respect to x at x = 1");
}

/** Warm-up 11: the partial derivative d/dy of warm-up 6 at x = 10, y = 5 (it is 6y = 30). */
export function warmup11(): number {
  // TODO: differentiate warmup6() with respect to y at x = 10, y = 5
  throw new Error("TODO(01.11): differentiate warmup6() with respect to y at x = 10, y = 5");
}
