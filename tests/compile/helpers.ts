import fc from "fast-check";
import { expect } from "vitest";
import { constant, variable, type Expression } from "../../src/index.js";
import { binaryKinds, unaryKinds } from "../support/nodeKinds.js";

export { binaryKinds, unaryKinds };

const leaves: readonly Expression[] = [variable("x"), variable("y"), variable("z"), constant(2), constant(-0.5), constant(0)];

/**
 * Random expressions over x, y, z as graphs: each step applies a node kind to earlier nodes, so
 * subtrees are shared (and structurally equal copies appear), as in real derivatives.
 */
export const randomGraph: fc.Arbitrary<Expression> = fc
  .array(fc.tuple(fc.nat(unaryKinds.length + binaryKinds.length - 1), fc.nat(), fc.nat()), { minLength: 1, maxLength: 25 })
  .map((steps) => {
    const nodes = [...leaves];
    for (const [kind, i, j] of steps) {
      const a = nodes[nodes.length - 1 - (i % Math.min(nodes.length, 8))]!;
      const b = nodes[j % nodes.length]!;
      nodes.push(kind < unaryKinds.length ? unaryKinds[kind]![1](a) : binaryKinds[kind - unaryKinds.length]![1](a, b));
    }
    return nodes[nodes.length - 1]!;
  });

export const randomPoint = fc.tuple(
  fc.integer({ min: -3000, max: 3000 }),
  fc.integer({ min: -3000, max: 3000 }),
  fc.integer({ min: -3000, max: 3000 }),
).map(([x, y, z]) => ({ x: x / 1000, y: y / 1000, z: z / 1000 }));

/** Equal as floating point results: both NaN, the same infinity, or close relative to their size. */
export function expectSame(actual: number, expected: number): void {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) {
    expect(actual).toBe(expected);
  } else {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  }
}

/**
 * True when every subexpression is finite at `env`. Where some part is infinite or NaN (log(0) ^ x),
 * the gradient depends on how each rule was written (0 * log(-Infinity) is NaN in one and 0 under the
 * zero-factor rule in another), so the random tests compare gradients only at finite points; the
 * conventions that matter (x^2 at 0, sigmoid at 1000, relu at 0, 0^y) have tests of their own.
 */
export function finiteEverywhere(e: Expression, env: Record<string, number>): boolean {
  const stack: Expression[] = [e];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!Number.isFinite(node.eval(env))) return false;
    stack.push(...node.children);
  }
  return true;
}
