import type { Expression } from "../expression/Expression.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Negation } from "../expression/operators/Negation.js";
import { Power } from "../expression/operators/Power.js";
import { tapeOf } from "../autodiff/tape.js";
import { add, apply, div, mul, pow, sub } from "./build.js";
import { finishSums, isSumNode, noteNesting, scaledSumKeptWhole, withChildren } from "./canonical.js";
import { knownFacts } from "./facts.js";
import { idOf } from "./structuralId.js";

const rebuild = new Map<Function, (a: Expression, b: Expression) => Expression>([
  [Addition, add],
  [Subtraction, sub],
  [Multiplication, mul],
  [Division, div],
  [Power, pow],
]);

/**
 * Rebuilds `root` bottom-up through the simplifying constructors of build.ts, so the result is in
 * canonical form (see build.ts). One pass in evaluation order, so every node is seen after its operands
 * are simplified, and shared nodes stay shared.
 * @example simplify(parse("0 + 1 * x ^ 1")).toString() // "x"
 * @example simplify(parse("2 * (x - 1) + x * x")).toString() // "x ^ 2 + 2 * x - 2"
 */
export function simplify(root: Expression): Expression {
  const { nodes, first, second } = tapeOf(root);
  const simplified: Expression[] = new Array<Expression>(nodes.length);
  const { link, whole } = chainLinks(nodes, first, second);
  // Equal parts become one node, as SymPy's are (hash-consing): the tenth derivative of sigmoid(x) builds
  // 1 - sigmoid(x) hundreds of times, and differentiating each copy again would repeat the work.
  const representatives = new Map<number, Expression>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node instanceof UnaryFunction) {
      simplified[i] = unchanged(node, apply(node, simplified[first[i]!]!));
    } else if (node instanceof BinaryOperator) {
      const left = simplified[first[i]!]!;
      const right = simplified[second[i]!]!;
      const build = rebuild.get(node.constructor);
      const inChain = link === undefined ? undefined : chainValue(node, i, left, right);
      if (inChain !== undefined && builtCanonical(node)) simplified[i] = unchanged(node, inChain);
      else if (build !== undefined) simplified[i] = unchanged(node, build(left, right));
      else if (left === node.left && right === node.right) simplified[i] = node;
      else simplified[i] = noteNesting(node.withOperands(left, right), left, right);
      if (inChain !== undefined) whole[i] = inChain;
    } else {
      simplified[i] = node;
    }
    // a link simplified on its own to a distributed sum: its parent in the chain gets it undistributed
    if (link?.[i] === 1 && whole[i] === undefined && isSumNode(simplified[i]!)) {
      const a = simplified[first[i]!]!;
      const operands = second[i]! >= 0 ? [a, simplified[second[i]!]!] : [a];
      whole[i] = scaledSumKeptWhole(withChildren(node, operands));
    }
    // only parts that came out of an earlier derivative() or simplify() repeat like that: a formula as typed
    // (a 100,000-term sum, say) is not checked part by part
    if (!builtCanonical(node)) continue;
    const id = idOf(simplified[i]!);
    const seen = representatives.get(id);
    if (seen === undefined) representatives.set(id, simplified[i]!);
    else simplified[i] = seen;
  }
  return finishSums(simplified[nodes.length - 1]!);

  /** A chain link's value from its operands kept whole, when one was (undefined otherwise). */
  function chainValue(node: BinaryOperator, i: number, left: Expression, right: Expression): Expression | undefined {
    if (link![i] !== 1 && !isLinkParent(node)) return undefined;
    const a = whole[first[i]!];
    const b = whole[second[i]!];
    if (a === undefined && b === undefined) return undefined;
    return node instanceof Division ? div(a ?? left, b ?? right) : mul(a ?? left, b ?? right);
  }
}

/**
 * A canonical product c * A * B (A, B sums) is written as the chain (c * A) * B (productNode), and the chain's
 * prefix c * A, simplified on its own, is distributed (2 (x - 1) -> 2 x - 2); the whole would then become
 * (c A) * B, not what the builders give for c * A * B, so a second simplify() would print differently. The
 * links of each canonical product's chain (its left spine, and a fraction's two parts) are marked here, so
 * their parent is rebuilt from them kept undistributed (`whole`). Undefined when there is no canonical
 * product at all (a first simplify of a parsed formula), so that case costs nothing.
 */
function chainLinks(
  nodes: readonly Expression[],
  first: Int32Array,
  second: Int32Array,
): { link: Uint8Array | undefined; whole: (Expression | undefined)[] } {
  let link: Uint8Array | undefined;
  // parents come after their operands on the tape: walking it backwards reaches every link from its chain's top
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (!(node instanceof Multiplication || node instanceof Division)) continue;
    if (link?.[i] !== 1 && !isLinkParent(node)) continue;
    link ??= new Uint8Array(nodes.length);
    const l = first[i]!;
    if (isProductNode(nodes[l]!) && !builtCanonical(nodes[l]!)) link[l] = 1;
    const r = second[i]!;
    if (node instanceof Division && isProductNode(nodes[r]!) && !builtCanonical(nodes[r]!)) link[r] = 1;
  }
  return { link, whole: [] };
}

/** Was `node` built by the canonical constructors (without giving it a facts record if it was not)? */
function builtCanonical(node: Expression): boolean {
  return knownFacts(node)?.canonical === true;
}

function isLinkParent(node: Expression): boolean {
  return (node instanceof Multiplication || node instanceof Division) && builtCanonical(node);
}

function isProductNode(node: Expression): boolean {
  return node instanceof Multiplication || node instanceof Division || node instanceof Negation;
}

/**
 * The original node when no rule applied (same class, same operands), so an already simple tree comes
 * back as itself: it keeps its cached tape, and derivative() on it does not copy it first.
 */
function unchanged(node: Expression, built: Expression): Expression {
  if (built === node || built.constructor !== node.constructor) return built;
  // operators and functions read directly: `children` makes an array per call, and this runs for every node
  if (node instanceof BinaryOperator)
    return node.left === (built as BinaryOperator).left && node.right === (built as BinaryOperator).right
      ? node
      : built;
  if (node instanceof UnaryFunction) return node.operand === (built as UnaryFunction).operand ? node : built;
  const a = built.children;
  const b = node.children;
  return a.length === b.length && a.every((child, k) => child === b[k]) ? node : built;
}
