import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { keepsFinite } from "./keepsFinite.js";
import { tapeOf } from "../autodiff/tape.js";
import { times } from "../autodiff/forwardDiff.js";
import { CompileError } from "./CompileError.js";
import { checkedEmit } from "./checkedEmit.js";
import { literal } from "./literal.js";
import { adjointLocal, valueLocal, type Code, type Local, type Ref, type Statement } from "./code.js";

/** How generated code reads a variable. */
export interface VariableRead {
  /** JavaScript that reads it, e.g. `inputs[2]` (never the variable's name). */
  readonly code: string;
  /** True for a parameter of a row loop: read once, before the loop. */
  readonly outer: boolean;
  /** True when the gradient is taken with respect to it. */
  readonly differentiate: boolean;
  /**
   * True when the caller promises finite values (compileSum's data and parameters). Products of values
   * that are finite for finite inputs then skip the zero-factor guard, which costs about a third of a
   * training kernel's time; the guard only matters when a factor can be infinite.
   */
  readonly finite?: boolean;
}

/**
 * One term of an adjoint: a number known now, or code (to be subtracted when `negate`); `finite` when
 * it is finite whenever the inputs are.
 */
type Term = number | { readonly negate: boolean; readonly code: Code; readonly finite: boolean };

interface Step {
  readonly node: Expression;
  readonly operands: readonly Ref[];
  readonly variable?: string;
}

/**
 * Straight-line code for an expression, generated once from its tape: one `const` per distinct node,
 * numbers folded into literals, variables read from array slots.
 *
 * Forward: each node's own `emit()` with its operands' locals. Reverse (`gradient()`): adjoints seeded
 * with 1 at the root and passed down the tape in reverse, each operand receiving adjoint * local partial,
 * where the partial's code comes from the node's symbolic `outerDerivative()` / `partialDerivative(k)`,
 * lowered the same way (nodes already computed are reused, structurally equal new ones built once).
 *
 * For a sum over data rows the statements fall into three sections: `pre` (before the loop: parameters
 * and everything computed from them alone), `body` (per row) and `post` (after the loop: the reverse pass
 * through the `pre` nodes, run once on adjoints summed over the rows, which is exact since adjoints are linear).
 */
export class Program {
  readonly pre: Statement[] = [];
  readonly body: Statement[] = [];
  readonly post: Statement[] = [];
  /** The root's value: a local, or a number when the expression is constant. */
  readonly root: Ref;

  private section: Statement[] = this.body;
  private inLoopPhase = true;
  private readonly outer: boolean[] = [];
  private readonly varies: boolean[] = [];
  /** Per value local: finite whenever the inputs are (overflow aside). */
  private readonly finite: boolean[] = [];
  private readonly finiteAdjoint = new Map<number, boolean>();
  private readonly finiteAccumulated = new Map<number, boolean>();
  private readonly steps: (Step | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly refs = new Map<Expression, Ref>();
  private readonly accumulated = new Set<number>();
  private terms: Term[][] = [];

  constructor(
    root: Expression,
    private readonly read: (name: string) => VariableRead,
  ) {
    const { nodes, arity, first, second } = tapeOf(root);
    const refs: Ref[] = new Array<Ref>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const operands = arity[i] === 0 ? [] : arity[i] === 1 ? [refs[first[i]!]!] : [refs[first[i]!]!, refs[second[i]!]!];
      refs[i] = this.lowerNode(node, operands, true);
      this.refs.set(node, refs[i]!);
    }
    this.root = refs[nodes.length - 1]!;
    this.forwardLength = this.body.length;
  }

  /** How many statements of `body` the forward pass wrote (the reverse pass comes after them). */
  forwardLength = 0;

  /** How many statements the program has so far. */
  get size(): number {
    return this.pre.length + this.body.length + this.post.length;
  }

  /** Add an effect, e.g. `sum += v9;`, to the per-row section. */
  addToBody(code: Code): void {
    this.body.push({ code });
  }

  /**
   * Generate the reverse pass. Returns each differentiated variable's adjoint, d(root)/d(variable),
   * valid at the end of the body (no loop) or of `post` (parameters of a loop).
   */
  gradient(): Map<string, Ref> {
    const gradient = new Map<string, Ref>();
    if (typeof this.root === "number") return gradient;
    this.terms = [];
    const forwardCount = this.steps.length;
    // seed: d(root)/d(root) = 1
    this.contribute(this.root.id, 1, 1);
    // walk the tape in reverse: every node's adjoint is complete before its operands are visited
    this.section = this.body;
    for (let id = forwardCount - 1; id >= 0; id--) if (!this.outer[id]) this.propagate(id, gradient);
    this.inLoopPhase = false;
    this.section = this.post;
    for (let id = forwardCount - 1; id >= 0; id--) if (this.outer[id]) this.propagate(id, gradient);
    return gradient;
  }

  private propagate(id: number, gradient: Map<string, Ref>): void {
    const step = this.steps[id];
    if (step === undefined || !this.varies[id]) return;
    const terms = this.terms[id] ?? [];
    if (this.accumulated.has(id)) terms.push({ negate: false, code: [`A${id}`], finite: this.finiteAccumulated.get(id)! });
    const adjoint = this.adjoint(id, terms);
    if (adjoint === 0) return;
    if (step.variable !== undefined) {
      gradient.set(step.variable, adjoint);
      return;
    }
    const { node, operands } = step;
    operands.forEach((operand, k) => {
      if (typeof operand === "number" || !this.varies[operand.id]) return; // constant subtree: nothing flows there
      const partial =
        node instanceof UnaryFunction ? node.outerDerivative() : (node as BinaryOperator).partialDerivative(k as 0 | 1);
      this.contribute(operand.id, this.lower(partial), adjoint);
    });
  }

  /** Pass `partial * adjoint` to node `target`. */
  private contribute(target: number, partial: Ref, adjoint: Ref): void {
    const term = this.product(partial, adjoint);
    if (term === 0) return;
    if (this.outer[target] && this.inLoopPhase) {
      const finite = typeof term === "number" ? Number.isFinite(term) : term.finite;
      this.finiteAccumulated.set(target, (this.finiteAccumulated.get(target) ?? true) && finite);
      // a parameter-only node: sum its adjoint over the rows, pass it on once after the loop
      if (!this.accumulated.has(target)) {
        this.accumulated.add(target);
        this.pre.push({ code: [`let A${target} = 0;`] });
      }
      const code = typeof term === "number" ? [literal(term)] : term.code;
      this.body.push({ code: [`A${target} ${typeof term !== "number" && term.negate ? "-" : "+"}= `, ...code, ";"] });
    } else {
      (this.terms[target] ??= []).push(term);
    }
  }

  /** The sum of the terms as a Ref, with a new `const a<id>` only when it is more than one local. */
  private adjoint(id: number, terms: readonly Term[]): Ref {
    let known = 0;
    let finite = true;
    const code: Code[] = [];
    for (const term of terms) {
      if (typeof term === "number") known += term;
      else code.push([code.length === 0 ? (term.negate ? "-" : "") : term.negate ? " - " : " + ", ...term.code]);
      finite &&= typeof term === "number" ? Number.isFinite(term) : term.finite;
    }
    if (code.length === 0) return known;
    const only = code[0]!;
    if (code.length === 1 && known === 0 && only.length === 2 && only[0] === "" && typeof only[1] !== "string") {
      return only[1]!;
    }
    const parts = code.flat();
    if (known !== 0) parts.push(" + ", literal(known));
    const local = adjointLocal(id);
    this.finiteAdjoint.set(id, finite && Number.isFinite(known));
    this.section.push({ defines: local, code: parts });
    return local;
  }

  /** The Ref of an expression built from nodes already lowered plus new ones (a partial derivative). */
  private lower(expression: Expression): Ref {
    const stack: Expression[] = [expression];
    while (stack.length > 0) {
      const node = stack[stack.length - 1]!;
      if (this.refs.has(node)) {
        stack.pop();
        continue;
      }
      const pending = node.children.filter((child) => !this.refs.has(child));
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      stack.pop();
      this.refs.set(node, this.lowerNode(node, node.children.map((child) => this.refs.get(child)!), false));
    }
    return this.refs.get(expression)!;
  }

  /** One node: a literal when its operands are known numbers, else a local (an existing one if equal). */
  private lowerNode(node: Expression, operands: readonly Ref[], onTape: boolean): Ref {
    if (node instanceof Constant) return node.value;
    const name = node.variableName;
    if (name !== undefined) {
      const read = this.read(name);
      return this.define(`in:${read.code}`, [read.code], read.outer, read.differentiate, read.finite === true, onTape ? { node, operands, variable: name } : undefined);
    }
    if (!(node instanceof UnaryFunction || node instanceof BinaryOperator)) {
      throw new CompileError(
        node.children.length === 0
          ? `compile() cannot see inside ${node.constructor.name}: it declares no children and is not a Constant or Variable (extend UnaryFunction or BinaryOperator)`
          : `compile() needs ${node.constructor.name} to extend UnaryFunction or BinaryOperator`,
      );
    }
    if (operands.length !== (node instanceof UnaryFunction ? 1 : 2)) {
      throw new CompileError(`${node.constructor.name} has ${operands.length} children`);
    }
    // constant subtrees are computed now, with the node's own compute(), so they agree with eval()
    const [a, b] = operands;
    if (typeof a === "number" && (b === undefined || typeof b === "number")) {
      return node instanceof UnaryFunction ? node.compute(a) : node.compute(a, b!);
    }
    if (!onTape && node instanceof Multiplication) return this.timesInPartial(a!, b!);
    let kind = `${classId(node)}`;
    const attributes = node.attributes;
    if (attributes.length > 0) kind += `[${attributes.map(attributeKey).join(",")}]`;
    const code = checkedEmit(node, operands.map(codeOf), kind);
    const outer = this.isOuter(a!) && (b === undefined || this.isOuter(b));
    const varies = this.doesVary(a!) || (b !== undefined && this.doesVary(b));
    const key = b === undefined ? `${kind}(${operandKey(a!)})` : `${kind}(${operandKey(a!)},${operandKey(b)})`;
    const finite = keepsFinite(node, b) && operands.every((operand) => this.isFinite(operand));
    return this.define(key, code, outer, varies, finite, onTape ? { node, operands } : undefined);
  }

  /**
   * A product inside a partial derivative, with the tree walker's rule that a zero factor wins over an
   * infinite one: d(a^b)/db = a^b ln(a) is 0, not 0 * -Infinity, at a = 0 (as Power.partials has it).
   */
  private timesInPartial(a: Ref, b: Ref): Ref {
    const term = this.product(a, b);
    if (typeof term === "number") return term;
    const code = term.negate ? ["-", ...term.code] : term.code;
    if (code.length === 1 && typeof code[0] !== "string") return code[0]!;
    const outer = this.isOuter(a) && this.isOuter(b);
    return this.define(`times(${operandKey(a)},${operandKey(b)})`, code, outer, this.doesVary(a) || this.doesVary(b), term.finite, undefined);
  }

  /** Finite whenever the inputs are: a finite number, or a local built only by finite-keeping operations. */
  private isFinite(ref: Ref): boolean {
    if (typeof ref === "number") return Number.isFinite(ref);
    return ref.kind === "value" ? this.finite[ref.id]! : this.finiteAdjoint.get(ref.id)!;
  }

  /**
   * partial * adjoint, as code, keeping the tree walker's rule that a zero factor wins (see `times`):
   * the guard is written only where a factor may be infinite.
   */
  private product(partial: Ref, adjoint: Ref): Term {
    if (typeof partial === "number" && typeof adjoint === "number") return times(partial, adjoint);
    if (partial === 0 || adjoint === 0) return 0;
    const finite = this.isFinite(partial) && this.isFinite(adjoint);
    if (typeof partial === "number" || typeof adjoint === "number") {
      const [known, local] = typeof partial === "number" ? [partial, adjoint as Local] : [adjoint as number, partial];
      if (known === 1) return { negate: false, code: [local], finite };
      if (known === -1) return { negate: true, code: [local], finite };
      // a finite, non-zero known factor cannot meet the zero-factor case
      if (Number.isFinite(known)) return { negate: false, code: [local, ` * ${literal(known)}`], finite };
      return { negate: false, code: ["(", local, ` === 0 ? 0 : `, local, ` * ${literal(known)})`], finite };
    }
    if (finite) return { negate: false, code: [partial, " * ", adjoint], finite };
    return { negate: false, code: ["(", partial, " === 0 || ", adjoint, " === 0 ? 0 : ", partial, " * ", adjoint, ")"], finite };
  }

  private isOuter(operand: Ref): boolean {
    return typeof operand === "number" || this.outer[operand.id]!;
  }

  private doesVary(operand: Ref): boolean {
    return typeof operand !== "number" && this.varies[operand.id]!;
  }

  private define(key: string, code: Code, outer: boolean, varies: boolean, finite: boolean, step: Step | undefined): Local {
    const existing = this.byKey.get(key);
    if (existing !== undefined) return valueLocal(existing);
    const id = this.outer.length;
    this.byKey.set(key, id);
    this.outer.push(outer);
    this.varies.push(varies);
    this.finite.push(finite);
    if (step !== undefined) this.steps[id] = step;
    const local = valueLocal(id);
    (outer ? this.pre : this.section).push({ defines: local, code });
    return local;
  }
}

// Structurally equal nodes share one local: same class, same attributes, same operands.
const classIds = new WeakMap<object, number>();
let classCount = 0;
function classId(node: Expression): number {
  let id = classIds.get(node.constructor);
  if (id === undefined) classIds.set(node.constructor, (id = classCount++));
  return id;
}

function attributeKey(attribute: string | number): string {
  return typeof attribute === "number" ? literal(attribute) : JSON.stringify(attribute);
}

function codeOf(operand: Ref): Code {
  return [typeof operand === "number" ? literal(operand) : operand];
}

function operandKey(operand: Ref): string {
  return typeof operand === "number" ? literal(operand) : `v${operand.id}`;
}
