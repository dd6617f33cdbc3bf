import type { Env, Expression } from "../expression/Expression.js";
import { forwardValues } from "./evaluate.js";
import { tapeOf } from "./tape.js";
import { times } from "./forwardDiff.js";
import { UnsupportedNodeError } from "../errors/UnsupportedNodeError.js";
import { sortedRecord } from "../internals/sortedRecord.js";

/**
 * Reverse mode: every partial derivative of the root in one backward pass, as in micrograd.
 * 1. forward: the value of every node, in evaluation order;
 * 2. seed: d(root)/d(root) = 1;
 * 3. backward: walk the nodes in reverse, passing each node's adjoint to its operands times the local
 *    partial. The cost is a small constant times one `eval`, however many variables there are.
 */
export function reverseGradient(root: Expression, env: Env): Record<string, number> {
  const tape = tapeOf(root);
  const { nodes, arity, first, second, varies, unary, binary } = tape;
  const values = forwardValues(tape, env);
  const n = arity.length;
  const adjoints = new Float64Array(n);
  adjoints[n - 1] = 1;
  const partials = new Float64Array(2);
  // a Map, not an object: a variable may be called "constructor" or "__proto__"
  const gradient = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) {
    const adjoint = adjoints[i]!;
    switch (arity[i]) {
      case 0: {
        const name = nodes[i]!.variableName;
        if (name !== undefined) {
          // += not =: the same variable can appear as several leaves (x * x)
          gradient.set(name, (gradient.get(name) ?? 0) + adjoint);
        } else if (varies[i] === 1) {
          const node = nodes[i]!.constructor.name;
          throw new UnsupportedNodeError(node, `gradient() cannot see inside ${node}: it declares no children (use diff() per variable, or extend UnaryFunction or BinaryOperator)`);
        }
        break;
      }
      case 1: {
        const u = first[i]!;
        if (adjoint !== 0 && varies[u] === 1) {
          // += not =: a node used twice collects adjoint from both uses
          adjoints[u]! += times(unary[i]!.outer(values[u]!, values[i]!), adjoint);
        }
        break;
      }
      default: {
        const a = first[i]!;
        const b = second[i]!;
        if (adjoint !== 0 && (varies[a] === 1 || varies[b] === 1)) {
          binary[i]!.partials(values[a]!, values[b]!, values[i]!, partials);
          if (varies[a] === 1) adjoints[a]! += times(partials[0]!, adjoint);
          if (varies[b] === 1) adjoints[b]! += times(partials[1]!, adjoint);
        }
      }
    }
  }
  return sortedRecord(gradient);
}
