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
const OPEN = -1;

export function tapeOf(root: Expression): Tape {
  let tape = tapes.get(root);
  if (tape === undefined) {
    tape = buildTape(root);
    tapes.set(root, tape);
  }
  return tape;
}

function buildTape(root: Expression): Tape {
  // Each node's position in `nodes`, or OPEN while its operands are still being placed.
  const index = new Map<Expression, number>();
  const nodes: Expression[] = [];
  const arityList: number[] = [];
  const firstList: number[] = [];
  const secondList: number[] = [];
  const variesList: number[] = [];
  // Depth-first, post-order, with an explicit stack: a node is placed after its operands. A node found
  // OPEN on top of the stack has had all its operands placed (they were pushed above it).
  const stack: Expression[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    const position = index.get(node);
    if (position === undefined) {
      index.set(node, OPEN);
      const children = node.children;
      checkRules(node, children.length);
      for (let k = children.length - 1; k >= 0; k--) {
        const child = children[k]!;
        if (!index.has(child)) stack.push(child);
      }
      continue;
    }
    stack.pop();
    if (position !== OPEN) continue; // placed already, through another parent
    const children = node.children;
    const a = children.length >= 1 ? index.get(children[0]!)! : -1;
    const b = children.length === 2 ? index.get(children[1]!)! : -1;
    index.set(node, nodes.length);
    nodes.push(node);
    arityList.push(children.length);
    firstList.push(a);
    secondList.push(b);
    // A course-style node that evaluates itself may depend on anything: treat it as varying.
    if (children.length === 0) variesList.push(node.isConstant ? 0 : 1);
    else variesList.push(variesList[a]! | (b >= 0 ? variesList[b]! : 0));
  }
  const arity = Uint8Array.from(arityList);
  const first = Int32Array.from(firstList);
  const second = Int32Array.from(secondList);
  const varies = Uint8Array.from(variesList);
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
