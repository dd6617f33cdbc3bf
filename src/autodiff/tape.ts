import type { Expression } from "../expression/Expression.js";
import type { BinaryRules, LeafRules, UnaryRules } from "../internals/protocol.js";
import { UnsupportedNodeError } from "../errors/UnsupportedNodeError.js";

/**
 * The nodes of an expression in evaluation order (every child before its parents, the root last),
 * each shared node once. Every traversal walks this flat list in a loop instead of recursing, which
 * is why a chain 100,000 deep does not overflow the stack.
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
  readonly leaves: readonly LeafRules[];
  readonly unary: readonly UnaryRules[];
  readonly binary: readonly BinaryRules[];
}

// Trees are immutable, so each root's tape is built once and kept with it.
const tapes = new WeakMap<Expression, Tape>();

export function tapeOf(root: Expression): Tape {
  let tape = tapes.get(root);
  if (tape === undefined) {
    tape = buildTape(root);
    tapes.set(root, tape);
  }
  return tape;
}

function buildTape(root: Expression): Tape {
  const index = new Map<Expression, number>();
  const nodes: Expression[] = [];
  // Depth-first, post-order, with an explicit stack: a node is placed after its children.
  const stack: Expression[] = [root];
  const opened = new Set<Expression>();
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    if (index.has(node)) {
      stack.pop();
    } else if (!opened.has(node)) {
      opened.add(node);
      const children = node.children;
      checkRules(node, children.length);
      for (let k = children.length - 1; k >= 0; k--) {
        const child = children[k]!;
        if (!index.has(child)) stack.push(child);
      }
    } else {
      stack.pop();
      index.set(node, nodes.length);
      nodes.push(node);
    }
  }

  const n = nodes.length;
  const arity = new Uint8Array(n);
  const first = new Int32Array(n).fill(-1);
  const second = new Int32Array(n).fill(-1);
  const varies = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    const children = node.children;
    arity[i] = children.length;
    if (children.length === 0) {
      // A course-style node that evaluates itself may depend on anything: treat it as varying.
      varies[i] = node.isConstant ? 0 : 1;
    }
    if (children.length >= 1) {
      first[i] = index.get(children[0]!)!;
      varies[i] = varies[first[i]!]!;
    }
    if (children.length === 2) {
      second[i] = index.get(children[1]!)!;
      varies[i] = varies[i]! | varies[second[i]!]!;
    }
  }
  // The same objects, viewed through the rules each arity gives (the casts are checked by arity).
  const asRules = nodes as unknown[];
  return {
    nodes,
    arity,
    first,
    second,
    varies,
    leaves: asRules as LeafRules[],
    unary: asRules as UnaryRules[],
    binary: asRules as BinaryRules[],
  };
}

/** A node with operands must give the rules the traversals call for its arity (compute, and outer or partials). */
function checkRules(node: Expression, arity: number): void {
  if (arity === 0) return;
  const name = node.constructor.name;
  if (arity > 2) {
    throw new UnsupportedNodeError(name, `${name} has ${arity} children; nodes take at most 2`);
  }
  const rules = node as Partial<UnaryRules & BinaryRules>;
  const local = arity === 1 ? rules.outer : rules.partials;
  if (typeof rules.compute !== "function" || typeof local !== "function") {
    throw new UnsupportedNodeError(name, `${name} declares ${arity} children: extend ${arity === 1 ? "UnaryFunction" : "BinaryOperator"}`);
  }
}

/** The sorted names of the variables in `root`. */
export function variablesOf(root: Expression): string[] {
  const names = new Set<string>();
  for (const node of tapeOf(root).nodes) {
    const name = node.variableName;
    if (name !== undefined) names.add(name);
  }
  return [...names].sort();
}
