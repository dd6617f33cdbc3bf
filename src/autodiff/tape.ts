import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { noRulesFor } from "../errors/UnsupportedNodeError.js";

/**
 * The nodes of an expression in evaluation order (every child before its parents, the root last),
 * each shared node once. Every sweep walks this flat list in a loop instead of recursing, which is
 * why a chain 100,000 deep does not overflow the stack.
 */
export interface Tape {
  readonly nodes: readonly Expression[];
  /** 0, 1 or 2 operands. */
  readonly arity: Uint8Array;
  /** Index of the first / second operand in `nodes`, or -1. */
  readonly first: Int32Array;
  readonly second: Int32Array;
  /** 1 where the node's value depends on some variable (nothing flows into constant subtrees). */
  readonly varies: Uint8Array;
  /** The same nodes, seen as functions and as operators (buildTape checks each node's class by arity). */
  readonly unary: readonly UnaryFunction[];
  readonly binary: readonly BinaryOperator[];
}

// Trees are immutable, so each root's tape is built once and kept with it.
const tapes = new WeakMap<Expression, Tape>();
const OPEN = -1;

export function tapeOf(root: Expression): Tape {
  let tape = tapes.get(root);
  if (tape === undefined) tapes.set(root, (tape = buildTape(root)));
  return tape;
}

function buildTape(root: Expression): Tape {
  // Each node's position in `nodes`, or OPEN while its operands are still being placed.
  const index = new Map<Expression, number>();
  const nodes: Expression[] = [];
  const [arity, first, second, varies]: [number[], number[], number[], number[]] = [[], [], [], []];
  // Depth-first, post-order, with an explicit stack: a node is placed after its operands. A node found
  // OPEN on top of the stack has had all its operands placed (they were pushed above it).
  const stack: Expression[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    const position = index.get(node);
    if (position !== undefined && position !== OPEN) {
      stack.pop(); // placed already, through another parent
      continue;
    }
    // operands read directly, not through `children` (an array per call, twice per node: a third of the time)
    const binary = node instanceof BinaryOperator;
    const left = binary ? node.left : node instanceof UnaryFunction ? node.operand : undefined;
    const right = binary ? node.right : undefined;
    const n = right !== undefined ? 2 : left !== undefined ? 1 : 0;
    if (position === undefined) {
      // a node with operands gives the rules of its arity: one operand, UnaryFunction's; two, BinaryOperator's
      if (n === 0 && node.children.length > 0) throw noRulesFor(node, node.children.length);
      index.set(node, OPEN);
      if (right !== undefined && !index.has(right)) stack.push(right);
      if (left !== undefined && !index.has(left)) stack.push(left);
      continue;
    }
    stack.pop();
    const a = left !== undefined ? index.get(left)! : -1;
    const b = right !== undefined ? index.get(right)! : -1;
    index.set(node, nodes.length);
    nodes.push(node);
    arity.push(n);
    first.push(a);
    second.push(b);
    // a course-style node that evaluates itself may depend on anything: it counts as varying
    varies.push(n === 0 ? (node instanceof Constant ? 0 : 1) : varies[a]! | (b >= 0 ? varies[b]! : 0));
  }
  return {
    nodes,
    arity: Uint8Array.from(arity),
    first: Int32Array.from(first),
    second: Int32Array.from(second),
    varies: Uint8Array.from(varies),
    unary: nodes as UnaryFunction[],
    binary: nodes as BinaryOperator[],
  };
}
