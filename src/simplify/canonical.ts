import { variableNameOf } from "../internals/nodeFacts.js";
import { Constant } from "../expression/Constant.js";
import type { Expression } from "../expression/Expression.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";
import { Negation } from "../expression/operators/Negation.js";
import { SquareRoot } from "../expression/functions/SquareRoot.js";
import { Exponential } from "../expression/functions/Exponential.js";
import { idOf } from "./structuralId.js";
import { factsOf, knownFacts, moreOf, type Facts, type Kept, type MoreFacts } from "./facts.js";
import { compareExpressions } from "./compareExpressions.js";
import {
  type Coefficient,
  Rational,
  fraction,
  negate as minus,
  plus,
  power,
  rootPower,
  sign,
  times,
  floatOf,
} from "./rational.js";

/**
 * Canonical sums and products, as SymPy's Add and Mul build them without simplify(): a product is a
 * number times powers of distinct bases (x * x^2 -> x^3, x / x -> 1, exp(a) exp(b) -> exp(a + b)), a sum is
 * a number plus distinct terms, each a number times a product (2 x cos(x) + 2 x cos(x) -> 4 x cos(x)).
 * Both are stored as the usual binary nodes, in one order (compareExpressions), and each node remembers its
 * factors or terms, so combining with it again costs O(its length), not O(its tree).
 */

/** base ^ exponent; the exponent is a plain Constant, a fraction node n / d (coefficientNode) or any expression. */
export interface Factor {
  readonly base: Expression;
  readonly exponent: Expression;
}
/** coefficient * the factors, sorted by base, each base once, no exponent 0. The coefficient may be a fraction. */
export interface Product {
  readonly coefficient: Coefficient;
  readonly factors: readonly Factor[];
}
/** coefficient * base, where base is a product with coefficient 1. */
export interface Term {
  readonly coefficient: Coefficient;
  readonly base: Expression;
}
/** constant + the terms, each base once, no coefficient 0. */
export interface Sum {
  readonly constant: Coefficient;
  readonly terms: readonly Term[];
}

const ONE_EXPONENT = new Constant(1);

// Constants are immutable, so the numbers the canonical forms write (coefficients, exponents) are shared:
// each gets its structural id once instead of once per copy. Bounded, so odd values do not pile up.
const numbers = new Map<number, Constant>();
const KEEP_NUMBERS = 10_000;

/** A Constant holding `value`, shared when it has been made before. */
export function numberNode(value: number): Constant {
  // -0 is its own number here (a Map key would not tell it from 0)
  if (Object.is(value, -0)) return new Constant(value);
  let node = numbers.get(value);
  if (node === undefined) {
    node = new Constant(value);
    if (numbers.size < KEEP_NUMBERS) numbers.set(value, node);
  }
  return node;
}

/**
 * The number a node stands for: a plain (unnamed) Constant's value, or a fraction node's (see coefficientNode);
 * undefined for anything else. A float: exactValue gives a fraction exactly.
 */
export function plainValue(e: Expression): number | undefined {
  if (e instanceof Constant) return e.symbol === undefined ? e.value : undefined;
  // (one comparison for the nodes that are not numbers, which are most: no prototype chain walked)
  return e.constructor === Division && isFractionNode(e as Division)
    ? ((e as Division).left as Constant).value / ((e as Division).right as Constant).value
    : undefined;
}

/** The number a node stands for, exactly: a fraction node n / d is the Rational n/d. */
export function exactValue(e: Expression): Coefficient | undefined {
  if (e instanceof Constant) return e.symbol === undefined ? e.value : undefined;
  if (e.constructor !== Division) return undefined;
  // a fraction node written by coefficientNode knows its Rational
  const facts = knownFacts(e);
  const known = facts?.canonical ? facts.product : undefined;
  if (known !== undefined && known.factors.length === 0 && known.coefficient instanceof Rational)
    return known.coefficient;
  return isFractionNode(e as Division)
    ? new Rational(((e as Division).left as Constant).value, ((e as Division).right as Constant).value)
    : undefined;
}

/** n / d for whole numbers in lowest terms, d >= 2: how a Rational is written (and how a formula types it). */
function isFractionNode(e: Division): boolean {
  const { left, right } = e;
  if (!(left instanceof Constant && right instanceof Constant) || left.symbol !== undefined) return false;
  if (right.symbol !== undefined || !Number.isSafeInteger(left.value) || !Number.isSafeInteger(right.value))
    return false;
  return right.value >= 2 && left.value !== 0 && fraction(left.value, right.value) instanceof Rational;
}

// the fraction nodes written so far, shared as numbers are (bounded the same way)
const fractions = new Map<string, Expression>();

/**
 * The node for a coefficient: a shared Constant, or for a Rational the fraction n / d, as SymPy prints
 * Rational(1, 3) and as a formula types it (so parse(e.toString()) reads it back as it is).
 */
export function coefficientNode(c: Coefficient): Expression {
  if (typeof c === "number") return numberNode(c);
  const key = `${c.n}/${c.d}`;
  let node = fractions.get(key);
  if (node === undefined) {
    node = new Division(numberNode(c.n), numberNode(c.d));
    const facts = factsOf(node);
    facts.product = { coefficient: c, factors: [] };
    facts.canonical = true;
    if (fractions.size < KEEP_NUMBERS) fractions.set(key, node);
  }
  return node;
}

/** 1/2, the exponent of a square root. */
export const HALF = coefficientNode(new Rational(1, 2));

/**
 * Whether f(value) is kept as a number, as SymPy evaluates a function of a number: an exact result always
 * (sin(0) -> 0), and any result for a float argument (tanh(0.5)); f of a whole number or a fraction stays.
 */
export function foldsTo(argument: Coefficient, result: number): boolean {
  return (
    Number.isFinite(result) &&
    (Number.isInteger(result) || (typeof argument === "number" && !Number.isInteger(argument)))
  );
}

/** An Addition or a Subtraction. */
export function isSumNode(e: Expression): boolean {
  return e instanceof Addition || e instanceof Subtraction;
}

// ---------------------------------------------------------------------------------------------------
// products

/** The node's factors, computed bottom-up without recursion and remembered. */
export function productOf(root: Expression): Product {
  // known already (the usual case): read directly, not through remembered's general walk
  return factsOf(root).product ?? remembered(root, PRODUCTS);
}

/**
 * How one fact (a node's product, or its sum) is read from and kept in the facts record, which nodes it is
 * built from, how it is built from theirs, and, for a node of a growing chain, how it is read off the chain.
 */
interface BottomUp<T> {
  get(facts: Facts): T | undefined;
  set(facts: Facts, value: T): void;
  fromChain(facts: Facts): T | undefined;
  /** Pushes the nodes this node's fact is built from whose own fact is not known yet; false if none. */
  pushMissing(node: Expression, stack: Expression[]): boolean;
  compute(node: Expression): T;
}

/** `root`'s fact, worked out bottom-up with an explicit stack (trees 100,000 deep are fine) and remembered. */
function remembered<T>(root: Expression, fact: BottomUp<T>): T {
  const rootFacts = factsOf(root);
  const known = fact.get(rootFacts);
  if (known !== undefined) return known;
  const stack: Expression[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    const facts = factsOf(node);
    if (fact.get(facts) !== undefined) {
      stack.pop();
      continue;
    }
    const chained = fact.fromChain(facts);
    if (chained !== undefined) {
      fact.set(facts, chained);
      stack.pop();
      continue;
    }
    if (fact.pushMissing(node, stack)) continue;
    stack.pop();
    fact.set(facts, fact.compute(node));
  }
  return fact.get(rootFacts)!;
}

const PRODUCTS: BottomUp<Product> = {
  get: (facts) => facts.product,
  set: (facts, product) => {
    facts.product = product;
  },
  fromChain: ({ more }) => growingProductView(more),
  pushMissing: (node, stack) => pushMissingProducts(node, stack),
  compute: (node) => computeProduct(node),
};

function growingProductView(more: MoreFacts | undefined): Product | undefined {
  const view = more?.growingProduct;
  return view === undefined ? undefined : { coefficient: 1, factors: view.factors.slice(0, view.count) };
}

// (no arrays made per node: this runs for every node the canonical forms see)
function pushMissingProducts(node: Expression, stack: Expression[]): boolean {
  const before = stack.length;
  if (node instanceof Multiplication || node instanceof Division) {
    if (factsOf(node.left).product === undefined) stack.push(node.left);
    if (factsOf(node.right).product === undefined) stack.push(node.right);
  } else if (node instanceof Negation) {
    if (factsOf(node.operand).product === undefined) stack.push(node.operand);
  } else if (node instanceof Power && Number.isInteger(plainValue(node.right))) {
    if (factsOf(node.left).product === undefined) stack.push(node.left);
  }
  return stack.length > before;
}

function computeProduct(node: Expression): Product {
  const value = exactValue(node);
  if (value !== undefined) return { coefficient: value, factors: [] };
  if (node instanceof Multiplication) return multiply(factsOf(node.left).product!, factsOf(node.right).product!);
  if (node instanceof Negation) return multiply(factsOf(node.operand).product!, { coefficient: -1, factors: [] });
  if (node instanceof Division) {
    const inverse = raise(factsOf(node.right).product!, -1);
    // 1 / 0 is left as it is, not folded to Infinity
    return inverse === undefined ? single(node) : multiply(factsOf(node.left).product!, inverse);
  }
  if (node instanceof Power) {
    const n = plainValue(node.right);
    if (n !== undefined && Number.isInteger(n)) return raise(factsOf(node.left).product!, n) ?? single(node);
    return factorProduct(node.left, node.right);
  }
  if (node instanceof SquareRoot) return factorProduct(node.operand, HALF);
  return single(node);
}

function single(node: Expression): Product {
  return { coefficient: 1, factors: [{ base: node, exponent: ONE_EXPONENT }] };
}

/** base ^ exponent as a product: numbers folded, u ^ 0 -> 1, exp(u) ^ n -> exp(n u). */
function factorProduct(base: Expression, exponent: Expression): Product {
  const e = plainValue(exponent);
  const b = plainValue(base);
  if (e === 0) return { coefficient: 1, factors: [] };
  if (e === 1) return productOf(base);
  if (b !== undefined && e !== undefined) {
    const value = numberPower(exactValue(base)!, exactValue(exponent)!);
    if (Number.isFinite(floatOf(value))) return { coefficient: value, factors: [] };
    // 0 to a negative fraction is 1 / 0, written as such (as div() leaves 1 / 0), not 1 / 0 ^ 1.5, which the next
    // simplify() would fold to 1 / 0 (a whole negative power stays 0 ^ (-2): that is already a fixed point)
    if (b === 0 && e < 0 && !Number.isInteger(e)) return single(new Division(numberNode(1), numberNode(0)));
  }
  if (b === 1) return { coefficient: 1, factors: [] };
  // (u^a)^b -> u^(a b) when a is not a whole number: u^a is defined only for u >= 0 then, where this holds
  // (sqrt(sqrt(x)) -> x^(1/4)); (x^2)^0.5 is |x|, not x, so a whole a is left alone
  if (e !== undefined && !Number.isInteger(e)) {
    const inner = productOf(base);
    if (inner.factors.length === 1 && sign(inner.coefficient) > 0) {
      const a = plainValue(inner.factors[0]!.exponent);
      if (a !== undefined && !Number.isInteger(a)) {
        const coefficient = numberPower(inner.coefficient, exactValue(exponent)!);
        if (Number.isFinite(floatOf(coefficient))) {
          const merged = coefficientNode(times(exactValue(inner.factors[0]!.exponent)!, exactValue(exponent)!));
          return multiply({ coefficient, factors: [] }, factorProduct(inner.factors[0]!.base, merged));
        }
      }
    }
  }
  // (u^a)^n, (2 u)^n for a whole n (sqrt(2 x)^2, say, from merging powers): raised as raise() does, to u^(a n)
  // and 2^n u^n, which is what powerNodes gives for the same power, so simplify() does not rewrite it again
  if (e !== undefined && Number.isInteger(e)) {
    const inner = productOf(base);
    if (inner.coefficient !== 1 || inner.factors.length !== 1 || inner.factors[0]!.base !== base) {
      const raised = raise(inner, e);
      if (raised !== undefined) return raised;
    }
  }
  if (base instanceof Exponential && e !== undefined) {
    const operand = multiplyNodes(coefficientNode(exactValue(exponent)!), base.operand);
    const value = foldedExp(operand);
    if (value !== undefined) return { coefficient: value, factors: [] };
    return { coefficient: 1, factors: [{ base: new Exponential(operand), exponent: ONE_EXPONENT }] };
  }
  return { coefficient: 1, factors: [{ base, exponent }] };
}

/**
 * A number to a number: exact where it can be (2 ^ -1 is 1/2, 4 ^ (1/2) is 2, (1/8) ^ (2/3) is 1/4), a float
 * otherwise (2 ^ 0.5, 2 ^ (1/2)), as plain numbers give it.
 */
function numberPower(b: Coefficient, e: Coefficient): Coefficient {
  if (typeof e === "number") return Number.isInteger(e) ? power(b, e) : floatOf(b) ** e;
  return rootPower(b, e) ?? floatOf(b) ** e.value;
}

/** P ^ n for a whole number n: (2 x y^2)^3 -> 8 x^3 y^6, valid for every real. Undefined for 0 ^ -n. */
function raise(p: Product, n: number): Product | undefined {
  if (n === 0) return { coefficient: 1, factors: [] };
  const coefficient = power(p.coefficient, n);
  const value = floatOf(coefficient);
  if (!Number.isFinite(value) || (value === 0 && p.coefficient !== 0)) return undefined;
  let result: Product = { coefficient, factors: [] };
  for (const { base, exponent } of p.factors) {
    const e = exactValue(exponent);
    const raised = e !== undefined ? coefficientNode(times(e, n)) : multiplyNodes(exponent, numberNode(n));
    result = multiply(result, factorProduct(base, raised));
  }
  return result;
}

/** A * B: coefficients multiplied, powers of one base merged (x * x^2 -> x^3), exp(a) exp(b) -> exp(a + b). */
export function multiply(a: Product, b: Product): Product {
  const coefficient = times(a.coefficient, b.coefficient);
  if (coefficient === 0) return { coefficient: 0, factors: [] };
  if (b.factors.length === 0) return { coefficient, factors: a.factors };
  if (a.factors.length === 0) return { coefficient, factors: b.factors };
  // one new factor with a base of its own (the usual case): a new list of exactly the right length, not a copy
  // grown by splice (which left slack in every product's list)
  if (b.factors.length === 1 && !(b.factors[0]!.base instanceof Exponential)) {
    const at = search(a.factors, b.factors[0]!.base);
    if (at >= 0) return { coefficient, factors: a.factors.toSpliced(at, 0, b.factors[0]!) };
  }
  const factors = a.factors.slice();
  let extra: Coefficient = 1;
  for (const factor of b.factors) extra = times(extra, insertFactor(factors, factor));
  return { coefficient: times(coefficient, extra), factors };
}

/**
 * Binary search of the list, sorted by base (compare = 0 exactly when the bases are alike): where `base` goes,
 * or -(k + 1) when factor k has that base.
 */
function search(factors: readonly Factor[], base: Expression): number {
  let low = 0;
  let high = factors.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const order = compareExpressions(factors[middle]!.base, base);
    if (order === 0) return -(middle + 1);
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Puts `factor` into the sorted list, merging it with a factor of the same base; returns a number it folded out. */
function insertFactor(factors: Factor[], factor: Factor): Coefficient {
  if (factor.base instanceof Exponential) {
    const k = factors.findIndex((f) => f.base instanceof Exponential);
    if (k >= 0) {
      const merged = addNodes((factors[k]!.base as Exponential).operand, factor.base.operand);
      factors.splice(k, 1);
      const value = foldedExp(merged);
      if (value !== undefined) return value;
      factor = { base: new Exponential(merged), exponent: ONE_EXPONENT };
    }
  }
  const at = search(factors, factor.base);
  if (at < 0) {
    // a factor of this base: the exponents added
    const k = -at - 1;
    const merged = addExponents(factors[k]!.exponent, factor.exponent);
    const product = factorProduct(factor.base, merged);
    if (product.factors.length === 1 && product.factors[0]!.base === factor.base) {
      factors[k] = product.factors[0]!;
      return product.coefficient;
    }
    factors.splice(k, 1);
    let extra = product.coefficient;
    for (const f of product.factors) extra = times(extra, insertFactor(factors, f));
    return extra;
  }
  // as splice(at, 0, factor), without the array of removed items splice returns
  factors.push(factor);
  for (let k = factors.length - 1; k > at; k--) factors[k] = factors[k - 1]!;
  factors[at] = factor;
  return 1;
}

/**
 * exp(u) as a number when exp's own rule folds it (applyFunction.ts: a whole result, or u not whole, as SymPy
 * evaluates exp(0.5)); otherwise undefined. The same rule as simplify() applies to an exp node, so a product
 * does not keep an exp(-0.5) that a second simplify() would fold.
 */
function foldedExp(u: Expression): number | undefined {
  const value = exactValue(u);
  if (value === undefined) return undefined;
  const result = Math.exp(floatOf(value));
  return foldsTo(value, result) ? result : undefined;
}

function addExponents(a: Expression, b: Expression): Expression {
  const x = exactValue(a);
  const y = exactValue(b);
  return x !== undefined && y !== undefined ? coefficientNode(plus(x, y)) : addNodes(a, b);
}

/** The node for a product: coefficient first, factors in order, negative powers under one fraction bar. */
export function productNode(p: Product): Expression {
  const { coefficient, factors } = p;
  if (coefficient === 0 || factors.length === 0) return coefficientNode(coefficient);
  // counted first, and the chains built straight from the factors: no arrays per product (a derivative
  // builds a product for almost every node)
  let above = 0;
  for (const { exponent } of factors) if (!isBelow(exponent)) above++;
  const below = factors.length - above;
  // 1 / x^2 is written x ^ -2, as SymPy prints a lone negative power (one node fewer)
  if (above === 0 && below === 1 && (coefficient === 1 || coefficient === -1)) {
    const only = factors[0]!;
    const e = plainValue(only.exponent)!;
    if (Number.isInteger(e) && e <= -2) {
      const power = new Power(only.base, only.exponent);
      const node = coefficient === 1 ? power : new Negation(power);
      return canonicalProduct(node, p);
    }
  }
  // a fraction n/d is written n above the bar and d below it: x / 2, 2 * x / 3, 1 / (2 * sqrt(x)), as SymPy
  // prints Rational coefficients; a float stays one number (0.5 * x, 0.5 / sqrt(x))
  const upper = typeof coefficient === "number" ? coefficient : coefficient.n;
  const lower = typeof coefficient === "number" ? 1 : coefficient.d;
  let numerator: Expression;
  if (above === 0) numerator = numberNode(upper);
  else {
    const start = upper === 1 || upper === -1 ? undefined : numberNode(upper);
    numerator = chain(factors, false, below > 0, start, upper === -1)!;
  }
  const node =
    below === 0 && lower === 1
      ? numerator
      : new Division(numerator, chain(factors, true, above > 0, lower === 1 ? undefined : numberNode(lower), false)!);
  return canonicalProduct(node, p);
}

/** Records that node was built here as the canonical shape of p. */
function canonicalProduct(node: Expression, p: Product): Expression {
  const facts = factsOf(node);
  facts.product = p;
  facts.canonical = true;
  return node;
}

/** Whether a factor goes under the fraction bar: a negative number as its exponent. */
function isBelow(exponent: Expression): boolean {
  const e = plainValue(exponent);
  return e !== undefined && e < 0;
}

/**
 * start * f1 * f2 * ... for the factors above the fraction bar, or below it (written with a positive
 * exponent), in order; `negate` makes the first factor -f1, when there is no start. Unless `mixed`, every
 * factor is on this side (most products have no fraction bar), so none need be checked.
 */
function chain(
  factors: readonly Factor[],
  below: boolean,
  mixed: boolean,
  start: Expression | undefined,
  negate: boolean,
): Expression | undefined {
  let node = start;
  for (const { base, exponent } of factors) {
    if (mixed && isBelow(exponent) !== below) continue;
    let power = powerNode(base, below ? coefficientNode(minus(exactValue(exponent)!)) : exponent);
    if (node === undefined && negate) power = new Negation(power);
    node = node === undefined ? power : new Multiplication(node, power);
  }
  return node;
}

function powerNode(base: Expression, exponent: Expression): Expression {
  const e = plainValue(exponent);
  if (e === 1) return base;
  if (e === undefined) return new Power(base, exponent);
  // a fraction other than 1/2 is not kept by its float value, which a float exponent could share
  if (!(exponent instanceof Constant) && e !== 0.5) return new Power(base, exponent);
  // base ^ number is built once per base and number: x^2 in a thousand terms is one node
  const facts = factsOf(base);
  const known = keptAt(facts.more?.powers, e);
  if (known !== undefined) return known;
  const node = e === 0.5 ? new SquareRoot(base) : new Power(base, exponent);
  // a few exponents per base are the common case; a long-lived x must not keep every power ever built
  const more = moreOf(facts);
  if (more.powers === undefined) more.powers = { key: e, node, more: undefined };
  else if ((more.powers.more ??= new Map()).size < 63) more.powers.more.set(e, node);
  return node;
}

/** Map's equality for number keys (SameValueZero). */
function sameKey(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * The node kept under `key` (as a Map looks numbers up: 0 is -0, NaN is NaN). Most bases are kept with one
 * exponent or one coefficient, so the first is held in the record itself; a Map per base was a large part
 * of what a derivative allocated.
 */
function keptAt(kept: Kept | undefined, key: number): Expression | undefined {
  if (kept === undefined) return undefined;
  if (sameKey(kept.key, key)) return kept.node;
  return kept.more?.get(key);
}

/** Is `node` already the canonical shape of its product (so a factor can be appended to it)? */
function isCanonicalProduct(node: Expression, p: Product): boolean {
  if (factsOf(node).canonical) return true;
  if (p.coefficient !== 1 || p.factors.length !== 1) return false;
  const { base, exponent } = p.factors[0]!;
  if (node === base) return true;
  return node instanceof Power && node.left === base && node.right === exponent;
}

const LONG = 32;
function factorCount(e: Expression, facts: Facts): number {
  return facts.more?.growingProduct?.count ?? (facts.product ?? productOf(e)).factors.length;
}

/** A product that grows at its end: its nodes share one factor list, each seeing the first `count`. */
export interface GrowingProduct {
  readonly factors: Factor[];
  readonly count: number;
  readonly hasExp: boolean;
}

/** a * b, canonical. */
export function multiplyNodes(a: Expression, b: Expression): Expression {
  // times 1, the most common product in a derivative (a partial times dx = 1)
  if (b instanceof Constant && b.value === 1 && b.symbol === undefined) return a;
  if (a instanceof Constant && a.value === 1 && a.symbol === undefined) return b;
  // each operand's record read once here (a product is worked out for almost every node a derivative builds)
  const fb = factsOf(b);
  const longB = factorCount(b, fb) > LONG;
  const long = longB || factorCount(a, factsOf(a)) > LONG;
  const pb = longB ? undefined : (fb.product ?? productOf(b));
  if (pb !== undefined) {
    if (pb.coefficient === 1 && pb.factors.length === 0) return a;
    const appended = appendFactor(a, pb);
    if (appended !== undefined) return appended;
  }
  // A long product (over LONG factors) only grows at its end; anything else is multiplied with it as it
  // stands, one factor of the other: merging powers there would make the second derivative of a deep chain
  // (20,000 nested sines) quadratic in time and size.
  if (long) {
    if (plainValue(b) !== undefined) return multiplyNodes(b, a);
    if (plainValue(a) === 0) return a;
    if (plainValue(a) === 1) return b;
    const node = new Multiplication(a, b);
    factsOf(node).product = single(node);
    return node;
  }
  const pa = productOf(a);
  if (pa.coefficient === 1 && pa.factors.length === 0) return b;
  return productResult(multiply(pa, pb!));
}

/**
 * a * f when f is one new factor that sorts after all of a's: the result is a * f as it stands, so a stays
 * shared and nothing is copied (the derivative of sin(sin(...sin(x))) is a chain, not a copy per level).
 */
function appendFactor(a: Expression, pb: Product): Expression | undefined {
  if (pb.coefficient !== 1 || pb.factors.length !== 1) return undefined;
  const factor = pb.factors[0]!;
  if (plainValue(factor.exponent)! < 0) return undefined;
  let view = factsOf(a).more?.growingProduct;
  if (view === undefined) {
    const pa = productOf(a);
    if (pa.coefficient !== 1 || pa.factors.length === 0 || !isCanonicalProduct(a, pa)) return undefined;
    // the factor must sort last: asked before a's factors are copied into a view that would not be used
    if (compareExpressions(pa.factors[pa.factors.length - 1]!.base, factor.base) >= 0) return undefined;
    if (pa.factors.some((f) => plainValue(f.exponent)! < 0)) return undefined;
    view = {
      factors: pa.factors.slice(),
      count: pa.factors.length,
      hasExp: pa.factors.some((f) => f.base instanceof Exponential),
    };
  }
  if (view.count !== view.factors.length) return undefined;
  if (view.hasExp && factor.base instanceof Exponential) return undefined;
  if (compareExpressions(view.factors[view.count - 1]!.base, factor.base) >= 0) return undefined;
  const node = new Multiplication(a, powerNode(factor.base, factor.exponent));
  view.factors.push(factor);
  moreOf(factsOf(node)).growingProduct = {
    factors: view.factors,
    count: view.factors.length,
    hasExp: view.hasExp || factor.base instanceof Exponential,
  };
  factsOf(node).canonical = true;
  return node;
}

/** a ^ b, canonical: numbers folded, (x^2)^3 -> x^6, (2 x)^2 -> 4 x^2, x^0.5 -> sqrt(x). */
export function powerNodes(a: Expression, b: Expression): Expression {
  const e = plainValue(b);
  if (e === 1) return a;
  if (e !== undefined && Number.isInteger(e)) {
    const raised = raise(productOf(a), e);
    return raised === undefined ? new Power(a, b) : productResult(raised);
  }
  return productResult(factorProduct(a, b));
}

/** The node for a product; a number times one sum is distributed: 2 (x - 1) -> 2 x - 2. */
function productResult(p: Product): Expression {
  if (isScaledSum(p)) return sumNode(scaleSum(sumOf(p.factors[0]!.base), p.coefficient));
  return productNode(p);
}

function isScaledSum(p: Product): boolean {
  return (
    p.coefficient !== 1 &&
    p.factors.length === 1 &&
    plainValue(p.factors[0]!.exponent) === 1 &&
    isSumNode(p.factors[0]!.base)
  );
}

/**
 * A link of a canonical product's chain used as a value on its own (d(u v)/dv = u, for the chain (c * A) * B):
 * c * A for a sum A is distributed, as simplify() would do to it; any other link already prints canonically.
 */
export function standalone(node: Expression): Expression {
  if (!(node instanceof Multiplication || node instanceof Negation) || factsOf(node).canonical) return node;
  const p = productOf(node);
  return isScaledSum(p) ? productResult(p) : node;
}

/**
 * `node` (a product whose operands are already canonical) as a number times one sum, not distributed:
 * undefined when it is not that. productNode writes c * A * B as the chain (c * A) * B, and simplify() walks
 * the chain bottom-up; distributing the prefix c * A on its own would turn c * A * B into (c A) * B, so a
 * canonical chain's parent is rebuilt from this instead (simplify.ts).
 */
export function scaledSumKeptWhole(node: Expression): Expression | undefined {
  if (!(node instanceof Multiplication || node instanceof Division || node instanceof Negation)) return undefined;
  const p = productOf(node);
  return isScaledSum(p) ? productNode(p) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// sums

/** The node's terms, computed bottom-up without recursion and remembered. */
export function sumOf(root: Expression): Sum {
  return factsOf(root).sum ?? remembered(root, SUMS);
}

const SUMS: BottomUp<Sum> = {
  get: (facts) => facts.sum,
  set: (facts, sum) => {
    facts.sum = sum;
  },
  fromChain: ({ more }) => growingSumView(more),
  pushMissing: (node, stack) => pushMissingSums(node, stack),
  compute: (node) => computeSum(node),
};

function growingSumView(more: MoreFacts | undefined): Sum | undefined {
  const view = more?.growingSum;
  if (view === undefined) return undefined;
  return { constant: 0, terms: view.repeats ? collected(view) : view.terms.slice(0, view.count) };
}

function pushMissingSums(node: Expression, stack: Expression[]): boolean {
  const before = stack.length;
  if (node instanceof Addition || node instanceof Subtraction) {
    if (factsOf(node.left).sum === undefined) stack.push(node.left);
    if (factsOf(node.right).sum === undefined) stack.push(node.right);
  } else if (node instanceof Negation) {
    if (factsOf(node.operand).sum === undefined) stack.push(node.operand);
  }
  return stack.length > before;
}

function computeSum(node: Expression): Sum {
  if (node instanceof Addition) return addSums(factsOf(node.left).sum!, factsOf(node.right).sum!);
  if (node instanceof Subtraction) return addSums(factsOf(node.left).sum!, scaleSum(factsOf(node.right).sum!, -1));
  if (node instanceof Negation) return scaleSum(factsOf(node.operand).sum!, -1);
  const facts = factsOf(node);
  // a product that grew at its end has coefficient 1 and is canonical: its own term (its factors not copied)
  if (facts.more?.growingProduct !== undefined) return { constant: 0, terms: [{ coefficient: 1, base: node }] };
  const p = productOf(node);
  if (p.coefficient === 0) return { constant: 0, terms: [] };
  if (p.factors.length === 0) return { constant: p.coefficient, terms: [] };
  if (p.factors.length === 1 && plainValue(p.factors[0]!.exponent) === 1 && isSumNode(p.factors[0]!.base)) {
    return scaleSum(sumOf(p.factors[0]!.base), p.coefficient);
  }
  if (p.coefficient === 1 && isCanonicalProduct(node, p))
    return { constant: 0, terms: [{ coefficient: 1, base: node }] };
  let base = facts.more?.unitBase;
  if (base === undefined) {
    base = productNode({ coefficient: 1, factors: p.factors });
    // node is already coefficient * base written canonically: the sum's term node is node itself
    if (facts.canonical) remember(p.coefficient, base, node);
  }
  return { constant: 0, terms: [{ coefficient: p.coefficient, base }] };
}

export function scaleSum(s: Sum, factor: Coefficient): Sum {
  if (factor === 0) return { constant: 0, terms: [] };
  return {
    constant: times(s.constant, factor),
    terms: s.terms.map((t) => ({ coefficient: times(t.coefficient, factor), base: t.base })),
  };
}

/** A + B with like terms collected. The result's terms are not sorted yet (sumNode sorts). */
export function addSums(a: Sum, b: Sum): Sum {
  const constant = plus(a.constant, b.constant);
  if (b.terms.length === 0) return { constant, terms: a.terms };
  if (a.terms.length === 0) return { constant, terms: b.terms };
  // short sums with no like terms (the usual case): the two lists joined, exactly as long as they need be
  if (a.terms.length + b.terms.length <= 8 && !likeTerms(a.terms, b.terms)) {
    return { constant, terms: a.terms.concat(b.terms) };
  }
  const terms: (Term | undefined)[] = a.terms.slice();
  // short sums (the usual case) are searched directly; long ones through an index
  let index: Map<number, number> | undefined;
  const find = (id: number): number | undefined => {
    if (index === undefined && terms.length > 8) {
      index = new Map();
      for (let k = 0; k < terms.length; k++) if (terms[k] !== undefined) index.set(idOf(terms[k]!.base), k);
    }
    if (index !== undefined) return index.get(id);
    for (let k = 0; k < terms.length; k++) if (terms[k] !== undefined && idOf(terms[k]!.base) === id) return k;
    return undefined;
  };
  let cancelled = false;
  for (const term of b.terms) {
    const id = idOf(term.base);
    const k = find(id);
    if (k === undefined) {
      index?.set(id, terms.length);
      terms.push(term);
    } else {
      const old = terms[k];
      const coefficient = plus(old?.coefficient ?? 0, term.coefficient);
      terms[k] = coefficient === 0 ? undefined : { coefficient, base: term.base };
      if (coefficient === 0) cancelled = true;
    }
  }
  // no term cancelled (the usual case): every slot is a term, so the list need not be copied again
  return { constant, terms: cancelled ? terms.filter((t): t is Term => t !== undefined) : (terms as Term[]) };
}

/** Whether a term of `b` has the base of a term of `a` or of an earlier one of `b`. */
function likeTerms(a: readonly Term[], b: readonly Term[]): boolean {
  for (let k = 0; k < b.length; k++) {
    const id = idOf(b[k]!.base);
    for (const t of a) if (idOf(t.base) === id) return true;
    for (let j = 0; j < k; j++) if (idOf(b[j]!.base) === id) return true;
  }
  return false;
}

/** The polynomial degree of a term's base: x^2 sin(x) has degree 2. Terms print highest degree first. */
function degreeOf(base: Expression): number {
  const facts = factsOf(base);
  if (facts.more?.degree !== undefined) return facts.more.degree;
  let degree = 0;
  const view = facts.more?.growingProduct;
  const before = view !== undefined && base instanceof Multiplication ? factsOf(base.left).more?.degree : undefined;
  // a product that grew by one factor: the degree it had plus that factor's (linear along a long chain)
  if (before !== undefined) degree = before + factorDegree(view!.factors[view!.count - 1]!);
  else for (const factor of productOf(base).factors) degree += factorDegree(factor);
  moreOf(facts).degree = degree;
  return degree;
}

function factorDegree({ base, exponent }: Factor): number {
  const e = plainValue(exponent);
  return variableNameOf(base) !== undefined && e !== undefined ? e : 0;
}

function compareTerms(a: Term, b: Term): number {
  return degreeOf(b.base) - degreeOf(a.base) || compareExpressions(a.base, b.base);
}

/** The terms in print order: highest degree first, then compareExpressions; a positive term leads if there is one. */
function ordered(terms: readonly Term[]): Term[] {
  const sorted = terms.length > 8 ? byDegreeThenShape(terms) : insertionSorted(terms);
  if (sorted.length > 1 && !(sign(sorted[0]!.coefficient) > 0)) {
    const k = sorted.findIndex((t) => sign(t.coefficient) > 0);
    if (k > 0) sorted.unshift(...sorted.splice(k, 1));
  }
  return sorted;
}

/** A short list sorted by compareTerms (stable, as Array.sort is), without the buffers Array.sort allocates. */
function insertionSorted(terms: readonly Term[]): Term[] {
  const sorted = terms.slice();
  // a degree that is not finite (x^Infinity) makes compareTerms inconsistent: then Array.sort's own order is kept
  if (terms.length > 1 && !terms.every((t) => Number.isFinite(degreeOf(t.base)))) return sorted.sort(compareTerms);
  for (let k = 1; k < sorted.length; k++) {
    const term = sorted[k]!;
    let j = k;
    while (j > 0 && compareTerms(sorted[j - 1]!, term) > 0) {
      sorted[j] = sorted[j - 1]!;
      j--;
    }
    sorted[j] = term;
  }
  return sorted;
}

/**
 * The same order as compareTerms, sorted in two steps for long sums: by degree (comparing numbers), then each
 * run of one degree by shape. Terms built in order, as a derivative builds them, stay in order within their
 * degree, so the second step is one pass over each run instead of n log n structural comparisons.
 */
function byDegreeThenShape(terms: readonly Term[]): Term[] {
  const degree = terms.map((t) => degreeOf(t.base));
  if (degree.every(Number.isFinite)) return byDegreeBuckets(terms, degree);
  const order = terms.map((_, k) => k).sort((p, q) => degree[q]! - degree[p]!);
  const sorted = order.map((k) => terms[k]!);
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && degree[order[end]!] === degree[order[start]!]) end++;
    if (end - start > 1) {
      const run = sorted.slice(start, end).sort((a, b) => compareExpressions(a.base, b.base));
      for (let k = 0; k < run.length; k++) sorted[start + k] = run[k]!;
    }
    start = end;
  }
  return sorted;
}

/**
 * byDegreeThenShape for finite degrees: the terms of each degree gathered in their order, which is what the
 * stable sort by degree gives, without its n log n comparisons (a sum has few degrees and many terms).
 */
function byDegreeBuckets(terms: readonly Term[], degree: readonly number[]): Term[] {
  const buckets = new Map<number, Term[]>();
  for (let k = 0; k < terms.length; k++) {
    const bucket = buckets.get(degree[k]!);
    if (bucket === undefined) buckets.set(degree[k]!, [terms[k]!]);
    else bucket.push(terms[k]!);
  }
  const sorted: Term[] = [];
  for (const d of [...buckets.keys()].sort((p, q) => q - p)) {
    const run = buckets.get(d)!;
    if (run.length > 1) run.sort((a, b) => compareExpressions(a.base, b.base));
    for (const term of run) sorted.push(term);
  }
  return sorted;
}

/** coefficient * base, built once per pair: sums are rebuilt often, their terms need not be. */
function termNode(coefficient: Coefficient, base: Expression): Expression {
  if (coefficient === 1) return base;
  const node = typeof coefficient === "number" ? keptAt(factsOf(base).more?.scaled, coefficient) : undefined;
  return node ?? remember(coefficient, base, productNode({ coefficient, factors: productOf(base).factors }));
}

/** Records node as coefficient * base, both ways, so neither is built again (a fraction's node: one way). */
function remember(coefficient: Coefficient, base: Expression, node: Expression): Expression {
  if (typeof coefficient === "number") {
    const more = moreOf(factsOf(base));
    const kept = more.scaled;
    if (kept === undefined || sameKey(kept.key, coefficient))
      more.scaled = { key: coefficient, node, more: kept?.more };
    else (kept.more ??= new Map()).set(coefficient, node);
  }
  moreOf(factsOf(node)).unitBase = base;
  return node;
}

/** The node for a sum: terms in order, subtractions for negative ones, the number last. */
export function sumNode(s: Sum): Expression {
  const constant = Object.is(s.constant, -0) ? 0 : s.constant;
  if (s.terms.length === 0) return coefficientNode(constant);
  const terms = ordered(s.terms);
  const signOf = sign(constant);
  // 1 - x, not -x + 1: a positive number leads when every term is negative
  const numberFirst = signOf > 0 && !(sign(terms[0]!.coefficient) > 0);
  let node = numberFirst ? coefficientNode(constant) : termNode(terms[0]!.coefficient, terms[0]!.base);
  for (let k = numberFirst ? 0 : 1; k < terms.length; k++) node = appendTerm(node, terms[k]!);
  if (numberFirst) {
    // the number is already in front
  } else if (signOf > 0 || Number.isNaN(signOf)) node = new Addition(node, coefficientNode(constant));
  else if (signOf < 0) node = new Subtraction(node, coefficientNode(minus(constant)));
  factsOf(node).sum = { constant, terms };
  factsOf(node).canonical = true;
  return node;
}

function appendTerm(node: Expression, term: Term): Expression {
  return sign(term.coefficient) < 0
    ? new Subtraction(node, termNode(minus(term.coefficient), term.base))
    : new Addition(node, termNode(term.coefficient, term.base));
}

// Sums this long grow by appending (no re-sorting per term, which would make a long derivative quadratic);
// `finishSums` sorts them once at the end of derivative() and simplify(). A growing chain shares one term
// list and one index among its nodes; each node sees the first `count` terms.
const APPEND_FROM = 16;
let unsortedBuilt = 0;
export interface GrowingSum {
  readonly terms: Term[];
  readonly ids: Set<number>;
  readonly count: number;
  /** Whether two of the first `count` terms have one base (like terms appended apart, collected by sumOf). */
  readonly repeats: boolean;
}

/** A growing sum's terms with like terms collected (first place kept, coefficients added, zeros dropped). */
function collected(view: GrowingSum): Term[] {
  const at = new Map<number, number>();
  const terms: Term[] = [];
  for (let k = 0; k < view.count; k++) {
    const term = view.terms[k]!;
    const id = idOf(term.base);
    const j = at.get(id);
    if (j === undefined) {
      at.set(id, terms.length);
      terms.push(term);
    } else terms[j] = { coefficient: plus(terms[j]!.coefficient, term.coefficient), base: terms[j]!.base };
  }
  return terms.filter((t) => t.coefficient !== 0);
}

/** a + b, canonical. */
export function addNodes(a: Expression, b: Expression): Expression {
  // plus 0, the most common sum in a derivative (a node's operand that does not vary contributes 0)
  if (plainValue(b) === 0) return a;
  if (plainValue(a) === 0) return b;
  const sb = sumOf(b);
  if (sb.constant === 0 && sb.terms.length === 0) return a;
  const view = factsOf(a).more?.growingSum;
  // A long sum keeps growing at its end even when a new term is like one it has: the like terms are collected
  // once, when the sum is read or finished, not by rebuilding the whole sum for each (which made a derivative
  // whose terms repeat quadratic: 8,000 terms took a minute).
  if (view !== undefined && view.count === view.terms.length && sb.constant === 0) {
    const repeats = sb.terms.some((t) => view.ids.has(idOf(t.base)));
    const sorted =
      !repeats &&
      !factsOf(a).unsorted &&
      sb.terms.length === 1 &&
      compareTerms(view.terms[view.count - 1]!, sb.terms[0]!) < 0;
    return grow(a, view, sb.terms, sorted, repeats);
  }
  const sa = sumOf(a);
  if (sa.constant === 0 && sa.terms.length === 0) return b;
  const fa = factsOf(a);
  if (
    sa.constant === 0 &&
    sb.constant === 0 &&
    sa.terms.length >= APPEND_FROM &&
    sb.terms.length > 0 &&
    (fa.canonical || fa.unsorted)
  ) {
    // (only a sum long enough to grow is asked whether it would stay in order: a short one is rebuilt below)
    const sorted =
      !fa.unsorted &&
      sb.terms.length === 1 &&
      compareTerms(sa.terms[sa.terms.length - 1]!, sb.terms[0]!) < 0 &&
      sign(sa.terms[0]!.coefficient) > 0 &&
      compareTerms(sa.terms[0]!, sa.terms[1]!) < 0;
    const ids = new Set<number>();
    for (const t of sa.terms) ids.add(idOf(t.base));
    if (sb.terms.every((t) => !ids.has(idOf(t.base)))) {
      const view = { terms: sa.terms.slice(), ids, count: sa.terms.length, repeats: false };
      return grow(a, view, sb.terms, sorted, false);
    }
  }
  return sumNode(addSums(sa, sb));
}

/**
 * Appends new terms to a; `sorted` when they go last in order anyway (then the result is canonical as it is),
 * `repeats` when one is like a term a has (then it is finished later, like an unsorted sum).
 */
function grow(a: Expression, view: GrowingSum, terms: readonly Term[], sorted: boolean, repeats: boolean): Expression {
  let node = a;
  for (const term of terms) {
    node = appendTerm(node, term);
    view.terms.push(term);
    view.ids.add(idOf(term.base));
  }
  const count = view.terms.length;
  moreOf(factsOf(node)).growingSum = { terms: view.terms, ids: view.ids, count, repeats: view.repeats || repeats };
  if (sorted) factsOf(node).canonical = true;
  else {
    factsOf(node).unsorted = true;
    unsortedBuilt++;
  }
  return node;
}

/**
 * `root` with every long sum that was built by appending put in order (one pass over the shared graph;
 * the appended chains themselves are not walked term by term again).
 */
export function finishSums(root: Expression): Expression {
  // nothing was built out of order since the last call: nothing to sort
  if (unsortedBuilt === 0) return root;
  unsortedBuilt = 0;
  // no such sum went inside another node: only the root itself can be out of order (the usual case)
  if (!nested) return factsOf(root).unsorted ? sumNode(sumOf(root)) : root;
  nested = false;
  const stamp = ++finishing;
  const stack: Expression[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    const facts = factsOf(node);
    // a node found clean by an earlier pass has no long sum out of order anywhere inside it
    if (isFinished(node, stamp)) {
      stack.pop();
      continue;
    }
    const parts = facts.unsorted ? sumOf(node).terms.map((t) => t.base) : node.children;
    let ready = true;
    for (const part of parts) {
      if (!isFinished(part, stamp)) {
        stack.push(part);
        ready = false;
      }
    }
    if (!ready) continue;
    stack.pop();
    const more = moreOf(facts);
    more.finishedIn = stamp;
    if (facts.unsorted) {
      const s = sumOf(node);
      more.finished = sumNode({
        constant: s.constant,
        terms: s.terms.map((t) => ({ coefficient: t.coefficient, base: finished(t.base) })),
      });
    } else {
      const children = parts.map(finished);
      const changed = children.some((child, k) => child !== parts[k]);
      more.finished = changed ? withChildren(node, children) : node;
      more.clean = !changed;
    }
  }
  return finished(root);
}

let finishing = 0;
/** Whether a sum out of order went inside another node since the last finishSums (see noteNesting). */
let nested = false;

/**
 * Returns `result`, noting whether an operand that is a long sum out of order may now sit inside it: the
 * constructors of build.ts call this, so finishSums walks the graph only when one might.
 */
export function noteNesting(result: Expression, a: Expression, b: Expression): Expression {
  // knownFacts: a node with no record was not built here, so it is no unsorted sum (and gets no record for it)
  if ((result !== a && knownFacts(a)?.unsorted) || (result !== b && knownFacts(b)?.unsorted)) nested = true;
  return result;
}

function isFinished(node: Expression, stamp: number): boolean {
  const facts = factsOf(node);
  return facts.more !== undefined && (facts.more.clean || facts.more.finishedIn === stamp);
}

function finished(node: Expression): Expression {
  const facts = factsOf(node);
  return facts.more!.clean ? node : facts.more!.finished!;
}

/** The node with other operands, as written (no rules applied); a node that cannot be rebuilt comes back as is. */
export function withChildren(node: Expression, children: readonly Expression[]): Expression {
  const shaped = node as Expression & {
    withOperands?: (a: Expression, b: Expression) => Expression;
    withOperand?: (u: Expression) => Expression;
  };
  if (children.length === 2 && shaped.withOperands !== undefined)
    return shaped.withOperands(children[0]!, children[1]!);
  if (children.length === 1 && shaped.withOperand !== undefined) return shaped.withOperand(children[0]!);
  return node;
}
