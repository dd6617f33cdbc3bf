import { Constant } from "../expression/Constant.js";
import { variableNameOf } from "../internals/nodeFacts.js";
import type { Expression } from "../expression/Expression.js";
import { factsOf } from "./facts.js";

/** What the canonical forms need to know about a node in O(1): its structural id and its tree size. */
export interface Shape {
  /** Equal for structurally equal trees (hash-consing), so like terms are found by a Map lookup. */
  readonly id: number;
  /** Nodes of the tree written out (saturates at 2^53; only compared). */
  readonly size: number;
  /** The key table this id belongs to (ids from a dropped table are worked out again). */
  readonly generation: number;
}

// Trees are immutable, so a node's shape is computed once. The key table is dropped (and every shape made
// from it is stale) when it grows past LIMIT, so a long-running process does not keep it forever: the only
// cost is that like terms built before and after the reset are not recognized as alike.
const LIMIT = 1_000_000;
let generation = 0;
let table = new Map<string, number>();
let nextId = 1;
const kinds = new Map<Function, number>();

/** The node's structural id: two trees get the same id exactly when they are structurally equal. */
export function idOf(node: Expression): number {
  return shapeOf(node).id;
}

/** The node's size as a tree (shared subtrees counted each time they occur). */
export function sizeOf(node: Expression): number {
  return shapeOf(node).size;
}

/** The node's shape if it is known and current. */
function known(node: Expression): Shape | undefined {
  const shape = factsOf(node).shape;
  return shape !== undefined && shape.generation === generation ? shape : undefined;
}

function shapeOf(root: Expression): Shape {
  const shape = known(root);
  if (shape !== undefined) return shape;
  if (table.size > LIMIT) {
    generation++;
    table = new Map();
  }
  // Post-order with an explicit stack: trees 100,000 deep are fine.
  const stack: Expression[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    if (known(node) !== undefined) {
      stack.pop();
      continue;
    }
    const children = node.children;
    let ready = true;
    for (const child of children) {
      if (known(child) === undefined) {
        stack.push(child);
        ready = false;
      }
    }
    if (!ready) continue;
    stack.pop();
    factsOf(node).shape = intern(node, children);
  }
  return factsOf(root).shape!;
}

function intern(node: Expression, children: readonly Expression[]): Shape {
  let kind = kinds.get(node.constructor);
  if (kind === undefined) kinds.set(node.constructor, (kind = kinds.size + 1));
  let size = 1;
  let childIds = "";
  for (const child of children) {
    const shape = factsOf(child).shape!;
    size += shape.size;
    childIds += `,${shape.id}`;
  }
  // A course-style leaf that evaluates itself may depend on anything: only equal to itself.
  if (children.length === 0 && !(node instanceof Constant) && variableNameOf(node) === undefined)
    return { id: nextId++, size, generation };
  const raw = node.attributes;
  let attributes = "";
  for (const a of raw)
    attributes += `,${typeof a === "number" ? (Object.is(a, -0) ? "-0" : String(a)) : JSON.stringify(a)}`;
  const key = `${kind}|${attributes}|${childIds}`;
  let id = table.get(key);
  if (id === undefined) table.set(key, (id = nextId++));
  return { id, size: Math.min(size, Number.MAX_SAFE_INTEGER), generation };
}
