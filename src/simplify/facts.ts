import { factSlot, type Expression } from "../expression/Expression.js";
import type { GrowingProduct, GrowingSum, Product, Sum } from "./canonical.js";

/**
 * What the canonical forms have worked out about one node. Trees are immutable, so each fact is computed
 * once and kept on the node (Expression's private slot), as SymPy's Basic caches its hash and args.
 * Almost every node a derivative builds gets one, so it holds only what most nodes need; the rest is in
 * `more`, made for the nodes that need it (a record of 18 fields per node was a third of what a
 * derivative allocated, and of what the garbage collector copied).
 */
export interface Facts {
  /** Structural id, tree size, and the key table they belong to (0: not worked out; structuralId.ts). */
  id: number;
  size: number;
  generation: number;
  /** Kind and name for ordering (compareExpressions.ts): numbers first, then names, powers, functions, ... */
  rank: number;
  label: string;
  /** The node as coefficient * factors. */
  product: Product | undefined;
  /** The node as constant + terms. */
  sum: Sum | undefined;
  /** Built here in exactly the canonical shape for its factors or terms. */
  canonical: boolean;
  /** A long sum built by appending, not yet put in order (finishSums does). */
  unsorted: boolean;
  more: MoreFacts | undefined;
}

/** Facts that only some nodes have: term bases, growing chains, sums being finished. */
export interface MoreFacts {
  /** finishSums found no long sum out of order inside this node. */
  clean: boolean;
  /** The finishSums pass that put this node in order, and the result. */
  finishedIn: number;
  finished: Expression | undefined;
  /** The polynomial degree of a term's base. */
  degree: number | undefined;
  /** For a node built as coefficient * base: that base. */
  unitBase: Expression | undefined;
  /** This node raised to a number, built once per number. */
  powers: Kept | undefined;
  /** coefficient * this node, built once per coefficient. */
  scaled: Kept | undefined;
  /** A sum that grows at its end, sharing one term list with the nodes it grew from. */
  growingSum: GrowingSum | undefined;
  /** A product that grows at its end, sharing one factor list. */
  growingProduct: GrowingProduct | undefined;
}

/** Nodes kept by a number: the first inline, any others in `more`. */
export interface Kept {
  readonly key: number;
  readonly node: Expression;
  more: Map<number, Expression> | undefined;
}

/** The node's record, made empty on first use. */
export function factsOf(node: Expression): Facts {
  let facts = factSlot.get(node) as Facts | undefined;
  if (facts === undefined) {
    facts = {
      id: 0,
      size: 0,
      generation: 0,
      rank: 0,
      label: "",
      product: undefined,
      sum: undefined,
      canonical: false,
      unsorted: false,
      more: undefined,
    };
    factSlot.set(node, facts);
  }
  return facts;
}

/** The record's rarer facts, made empty on first use. */
export function moreOf(facts: Facts): MoreFacts {
  if (facts.more === undefined) {
    facts.more = {
      clean: false,
      finishedIn: 0,
      finished: undefined,
      degree: undefined,
      unitBase: undefined,
      powers: undefined,
      scaled: undefined,
      growingSum: undefined,
      growingProduct: undefined,
    };
  }
  return facts.more;
}

/** The node's record if it has one (without making one for a node the canonical forms never saw). */
export function knownFacts(node: Expression): Facts | undefined {
  return factSlot.get(node) as Facts | undefined;
}
