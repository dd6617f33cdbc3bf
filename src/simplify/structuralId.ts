import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { functionName, operatorSymbol, variableNameOf } from "../internals/nodeFacts.js";
import { Expression } from "../expression/Expression.js";
import { factsOf, type Facts } from "./facts.js";

// What the canonical forms need to know about a node in O(1), kept in its facts record: its structural id
// (equal for structurally equal trees, hash-consing, so like terms are found by a Map lookup) and its size
// as a tree (shared subtrees counted each time; saturates at 2^53, only compared).
//
// Trees are immutable, so a node's id is worked out once. The key tables are dropped (and every id made from
// them is stale) when they grow past LIMIT, so a long-running process does not keep them forever: the only
// cost is that like terms built before and after the reset are not recognized as alike.
const LIMIT = 1_000_000;
let generation = 1;
/** Keys of nodes with attributes (numbers, names) or more than two operands. */
let table = new Map<string, number>();
/**
 * Ids of operator and function nodes by a key packed into one number: kind (6 bits), first and second id (23 bits
 * each). Open addressing over typed arrays: a Map boxed each such key (a number past 2^31) on every lookup, which
 * was the costliest line of working out ids.
 */
class PackedIds {
  size = 0;
  #keys = new Float64Array(1024);
  #ids = new Int32Array(1024);

  /** The id kept for `key` (never 0: every packed key has a kind of at least 1); 0 when there is none. */
  get(key: number): number {
    const keys = this.#keys;
    const mask = keys.length - 1;
    for (let k = slot(key, mask); ; k = (k + 1) & mask) {
      if (keys[k] === key) return this.#ids[k]!;
      if (keys[k] === 0) return 0;
    }
  }

  set(key: number, id: number): void {
    if (2 * (this.size + 1) > this.#keys.length) this.#grow();
    const keys = this.#keys;
    const mask = keys.length - 1;
    let k = slot(key, mask);
    while (keys[k] !== 0) k = (k + 1) & mask;
    keys[k] = key;
    this.#ids[k] = id;
    this.size++;
  }

  #grow(): void {
    const [keys, ids] = [this.#keys, this.#ids];
    this.#keys = new Float64Array(keys.length * 2);
    this.#ids = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== 0) this.set(keys[k]!, ids[k]!);
  }
}

/** Where a packed key's search starts: its three parts mixed (the key is a whole number below 2^52). */
function slot(key: number, mask: number): number {
  const low = key % BITS;
  const high = Math.floor(key / BITS);
  return (
    (Math.imul(low, 0x9e3779b1) ^ Math.imul(high % BITS, 0x85ebca77) ^ Math.imul(Math.floor(high / BITS), 0xc2b2ae3d)) &
    mask
  );
}

let packed = new PackedIds();
/** Ids of plain numbers and of variables (by value and by name). */
let numbers = new Map<number, number>();
let names = new Map<string, number>();
let nextId = 1;
const kinds = new Map<Function, Kind>();
const BITS = 2 ** 23;

/** The node's structural id: two trees get the same id exactly when they are structurally equal. */
export function idOf(node: Expression): number {
  return current(node).id;
}

/** The node's size as a tree (shared subtrees counted each time they occur). */
export function sizeOf(node: Expression): number {
  return current(node).size;
}

/** The node's facts with its id, size, rank and label worked out (compareExpressions reads them). */
export function current(node: Expression): Facts {
  const facts = factsOf(node);
  return facts.generation === generation ? facts : intern(node);
}

/** Whether facts read from current() are still current (no key table was dropped since). */
export function isCurrent(facts: Facts): boolean {
  return facts.generation === generation;
}

function intern(root: Expression): Facts {
  if (table.size + packed.size + numbers.size > LIMIT) {
    generation++;
    table = new Map();
    packed = new PackedIds();
    numbers = new Map();
    names = new Map();
    // nextId keeps counting: a stale id must never equal a new one (it could merge unlike terms)
  }
  // Post-order with an explicit stack: trees 100,000 deep are fine.
  const stack: Expression[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    const facts = factsOf(node);
    if (facts.generation === generation) {
      stack.pop();
      continue;
    }
    // operators and functions are read directly: `children` makes an array per call, and this sees every node
    if (node instanceof BinaryOperator || node instanceof UnaryFunction) {
      const a = node instanceof BinaryOperator ? node.left : node.operand;
      const b = node instanceof BinaryOperator ? node.right : undefined;
      const fa = factsOf(a);
      const fb = b === undefined ? undefined : factsOf(b);
      if (fa.generation !== generation || (fb !== undefined && fb.generation !== generation)) {
        if (fa.generation !== generation) stack.push(a);
        if (fb !== undefined && fb.generation !== generation) stack.push(b!);
        continue;
      }
      stack.pop();
      if (!assignOperator(node, facts, fa, fb)) assign(node, facts, node.children);
      continue;
    }
    const children = node.children;
    let ready = true;
    for (const child of children) {
      if (factsOf(child).generation !== generation) {
        stack.push(child);
        ready = false;
      }
    }
    if (!ready) continue;
    stack.pop();
    assign(node, facts, children);
  }
  return factsOf(root);
}

/** What every node of one class shares: its number in the keys, and its rank and label for ordering. */
interface Kind {
  readonly index: number;
  readonly rank: number;
  readonly label: string;
  /** The class keeps Expression's `attributes` (always empty), so they need not be read per node. */
  readonly plain: boolean;
}

// the class seen last: runs of one class are common (comparing two functions asks for both)
let lastClass: Function | undefined;
let lastKind: Kind | undefined;

function kindOf(node: Expression): Kind {
  if (node.constructor === lastClass) return lastKind!;
  let known = kinds.get(node.constructor);
  if (known === undefined) {
    const plain = attributesGetter(node) === attributesGetter(Object.create(Expression.prototype) as Expression);
    kinds.set(node.constructor, (known = { index: kinds.size + 1, rank: rankOf(node), label: labelOf(node), plain }));
  }
  lastClass = node.constructor;
  lastKind = known;
  return known;
}

/** Whether the node's class keeps Expression's `attributes`, so it has none (no array need be made to see it). */
export function hasPlainAttributes(node: Expression): boolean {
  return kindOf(node).plain;
}

function attributesGetter(node: Expression): unknown {
  for (let proto: unknown = node; proto !== null; proto = Object.getPrototypeOf(proto)) {
    const own = Object.getOwnPropertyDescriptor(proto, "attributes");
    if (own !== undefined) return own.get ?? own.value;
  }
  return undefined;
}

/**
 * An operator's or a function's id from its operands' (fa, fb): what assign does for them, without the arrays
 * of `children` and `attributes`. False when its key is not a packed one (assign then works it out).
 */
function assignOperator(node: Expression, facts: Facts, fa: Facts, fb: Facts | undefined): boolean {
  const known = kindOf(node);
  if (!known.plain || known.index >= 64 || nextId >= BITS) return false;
  facts.size = Math.min(1 + fa.size + (fb === undefined ? 0 : fb.size), Number.MAX_SAFE_INTEGER);
  facts.generation = generation;
  facts.rank = known.rank;
  facts.label = known.label;
  facts.id = packedId(known.index, fa.id, fb === undefined ? 0 : fb.id);
  return true;
}

/** The id of a node of kind `kind` on operands with ids a and b (0 for none), from its packed key. */
function packedId(kind: number, a: number, b: number): number {
  const key = (kind * BITS + a) * BITS + b;
  let id = packed.get(key);
  if (id === 0) packed.set(key, (id = nextId++));
  return id;
}

function assign(node: Expression, facts: Facts, children: readonly Expression[]): void {
  const known = kindOf(node);
  const kind = known.index;
  let size = 1;
  for (const child of children) size += factsOf(child).size;
  facts.size = Math.min(size, Number.MAX_SAFE_INTEGER);
  facts.generation = generation;
  // a variable's name and a constant's symbol belong to the node, everything else to its class
  const leaf = node instanceof Constant || variableNameOf(node) !== undefined;
  facts.rank = leaf ? rankOf(node) : known.rank;
  facts.label = leaf ? labelOf(node) : known.label;
  const raw = node.attributes;
  if (raw.length === 0 && children.length > 0 && children.length <= 2 && kind < 64 && nextId < BITS) {
    facts.id = packedId(kind, factsOf(children[0]!).id, children.length === 2 ? factsOf(children[1]!).id : 0);
    return;
  }
  // numbers and names are the most common leaves: keyed by their value, without building a string
  if (node instanceof Constant && node.symbol === undefined && !Object.is(node.value, -0)) {
    facts.id = leafId(numbers, node.value);
    return;
  }
  const name = variableNameOf(node);
  if (name !== undefined && node.constructor === Variable) {
    facts.id = leafId(names, name);
    return;
  }
  // A course-style leaf that evaluates itself may depend on anything: only equal to itself.
  if (children.length === 0 && !(node instanceof Constant) && variableNameOf(node) === undefined) {
    facts.id = nextId++;
    return;
  }
  let key = `${kind}|`;
  for (const a of raw) key += `,${typeof a === "number" ? (Object.is(a, -0) ? "-0" : String(a)) : JSON.stringify(a)}`;
  key += "|";
  for (const child of children) key += `,${factsOf(child).id}`;
  let id = table.get(key);
  if (id === undefined) table.set(key, (id = nextId++));
  facts.id = id;
}

function leafId<K>(ids: Map<K, number>, key: K): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = nextId++));
  return id;
}

/** The order of kinds: numbers, named constants, variables, powers, functions, products, sums, others. */
function rankOf(node: Expression): number {
  if (node instanceof Constant) return node.symbol === undefined ? 0 : 1;
  if (variableNameOf(node) !== undefined) return 2;
  if (node instanceof BinaryOperator) {
    const symbol = operatorSymbol(node);
    if (symbol === "^") return 3;
    if (symbol === "*" || symbol === "/") return 5;
    return 6;
  }
  if (node instanceof UnaryFunction) return 4;
  return 7;
}

/** What orders nodes of one rank: a variable's name, a function's name, an operator's symbol. */
function labelOf(node: Expression): string {
  const name = variableNameOf(node);
  if (name !== undefined) return name;
  if (node instanceof UnaryFunction) return functionName(node);
  if (node instanceof BinaryOperator) return operatorSymbol(node) ?? node.constructor.name;
  return node.constructor.name;
}
