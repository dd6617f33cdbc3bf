import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import type { BinaryOperator } from "../expression/BinaryOperator.js";
import { tapeOf } from "../autodiff/tape.js";
import { backwardSweep, times, type BackwardRule } from "../autodiff/sweeps.js";
import { CompileError } from "./CompileError.js";
import { javascriptRow } from "./javascript.js";
import { keepsFinite } from "./keepsFinite.js";
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

/** The generated statements: before a row loop (`pre`), per row or plain (`body`), after the loop (`post`). */
export interface Lowered {
  readonly pre: Statement[];
  readonly body: Statement[];
  readonly post: Statement[];
  /** The root's value: a local, or a number when the expression is constant. */
  readonly root: Ref;
  /** Appends the reverse pass; gives each differentiated variable's adjoint d(root)/d(variable). */
  gradient(): Map<string, Ref>;
}

/** One local of the generated code, as the reverse pass needs it. */
interface Slot {
  /** Computed before a row loop (it depends on parameters only). */
  readonly outer: boolean;
  readonly varies: boolean;
  /** Finite whenever the inputs are (overflow aside). */
  readonly finite: boolean;
  /** The node it computes, with its operands, when it is a node of the expression. */
  readonly node?: Expression;
  readonly operands?: readonly Ref[];
}

/** partial * adjoint as code not yet in a local (subtracted when `negate`), or a number known now. */
type Term = number | { readonly negate: boolean; readonly code: Code; readonly finite: boolean };

/**
 * Straight-line code for an expression: the forward sweep writes one `const` per distinct node (numbers
 * folded, equal nodes shared, variables read from slots), each from its row in JAVASCRIPT; `gradient()`
 * runs the shared backward sweep over those locals with the rows' local derivatives. For a sum over
 * data rows, parameter-only locals go before the loop and their adjoints are summed over the rows, then
 * passed on once after it (exact, since adjoints are linear).
 */
export function lower(root: Expression, read: (name: string) => VariableRead): Lowered {
  const pre: Statement[] = [];
  const body: Statement[] = [];
  const post: Statement[] = [];
  const slots: Slot[] = [];
  const byKey = new Map<string, number>();
  const variables = new Map<number, string>();
  let section = body;

  const isFiniteRef = (ref: Ref, finiteAdjoints: Map<number, boolean>): boolean => {
    if (typeof ref === "number") return Number.isFinite(ref);
    return ref.kind === "value" ? slots[ref.id]!.finite : finiteAdjoints.get(ref.id)!;
  };
  const define = (key: string, code: Code, slot: Slot): Local => {
    const existing = byKey.get(key);
    if (existing !== undefined) return valueLocal(existing);
    const local = valueLocal(slots.length);
    byKey.set(key, local.id);
    slots.push(slot);
    (slot.outer ? pre : section).push({ defines: local, code });
    return local;
  };
  const flags = (operands: readonly Ref[]): { outer: boolean; varies: boolean } => ({
    outer: operands.every((r) => typeof r === "number" || slots[r.id]!.outer),
    varies: operands.some((r) => typeof r !== "number" && slots[r.id]!.varies),
  });

  // ---- forward: the tape, in order ----
  const { nodes, arity, first, second } = tapeOf(root);
  const refs: Ref[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const operands = arity[i] === 0 ? [] : arity[i] === 1 ? [refs[first[i]!]!] : [refs[first[i]!]!, refs[second[i]!]!];
    refs.push(lowerNode(node, operands));
  }

  function lowerNode(node: Expression, operands: readonly Ref[]): Ref {
    if (node instanceof Constant) return node.value;
    const name = node.constructor.name;
    if (node instanceof Variable) {
      const { code, outer, differentiate, finite } = read(node.name);
      const local = define(`in:${code}`, [code], { outer, varies: differentiate, finite: finite === true, node });
      variables.set(local.id, node.name);
      return local;
    }
    if (operands.length === 0) {
      throw new CompileError(
        `compile() cannot see inside ${name}: it declares no children and is not a Constant or Variable ` +
          "(extend UnaryFunction or BinaryOperator)",
      );
    }
    const row = javascriptRow(node);
    if (row === undefined) {
      throw new CompileError(`compile() has no JavaScript for ${name}: add its row to src/compile/javascript.ts`);
    }
    const [a, b = 0] = operands as [Ref, Ref?];
    // constant subtrees are computed now, by the node's own rule, so they agree with eval()
    if (operands.every((r) => typeof r === "number")) {
      return node instanceof UnaryFunction
        ? node.compute(a as number)
        : (node as BinaryOperator).compute(a as number, b as number);
    }
    const attributes = node.attributes.map((x) => `[${typeof x === "number" ? literal(x) : JSON.stringify(x)}]`);
    const kind = `${classId(node)}${attributes.join("")}`;
    const key = `${kind}(${operands.map(operandKey).join(",")})`;
    const finite = keepsFinite(node.constructor, operands[1]) && operands.every((r) => isFiniteRef(r, new Map()));
    return define(key, row.value(a, b, node), { ...flags(operands), finite, node, operands });
  }

  function gradient(): Map<string, Ref> {
    const gradients = new Map<string, Ref>();
    const top = refs[refs.length - 1]!;
    if (typeof top === "number") return gradients;
    const count = slots.length;
    const terms: Term[][] = [];
    const accumulated = new Map<number, boolean>(); // slot -> its row sum is finite
    const finiteAdjoints = new Map<number, boolean>();
    let inLoop = true;

    // partial * adjoint, keeping the tree walker's rule that a zero factor wins (see `times`): the guard
    // is written only where a factor may be infinite
    const product = (partial: Ref, adjoint: Ref): Term => {
      if (typeof partial === "number" && typeof adjoint === "number") return times(partial, adjoint);
      if (partial === 0 || adjoint === 0) return 0;
      const finite = isFiniteRef(partial, finiteAdjoints) && isFiniteRef(adjoint, finiteAdjoints);
      if (typeof partial === "number" || typeof adjoint === "number") {
        const [known, local] = typeof partial === "number" ? [partial, adjoint as Local] : [adjoint as number, partial];
        if (known === 1 || known === -1) return { negate: known === -1, code: [local], finite };
        // a finite, non-zero known factor cannot meet the zero-factor case
        if (Number.isFinite(known)) return { negate: false, code: [local, ` * ${literal(known)}`], finite };
        return { negate: false, code: ["(", local, " === 0 ? 0 : ", local, ` * ${literal(known)})`], finite };
      }
      if (finite) return { negate: false, code: [partial, " * ", adjoint], finite };
      const guarded = ["(", partial, " === 0 || ", adjoint, " === 0 ? 0 : ", partial, " * ", adjoint, ")"];
      return { negate: false, code: guarded, finite };
    };
    const pass = (target: number, term: Term): void => {
      if (term === 0) return;
      if (!(slots[target]!.outer && inLoop)) {
        (terms[target] ??= []).push(term);
        return;
      }
      // a parameter-only local: sum its adjoint over the rows, pass it on once after the loop
      const finite = typeof term === "number" ? Number.isFinite(term) : term.finite;
      if (!accumulated.has(target)) pre.push({ code: [`let A${target} = 0;`] });
      accumulated.set(target, (accumulated.get(target) ?? true) && finite);
      const code = typeof term === "number" ? [literal(term)] : term.code;
      body.push({ code: [`A${target} ${typeof term !== "number" && term.negate ? "-" : "+"}= `, ...code, ";"] });
    };
    // the sum of a local's terms as a Ref, with a new `const a<id>` only when it is more than one local
    const adjoint = (id: number): Ref => {
      const all = [...(terms[id] ?? [])];
      if (accumulated.has(id)) all.push({ negate: false, code: [`A${id}`], finite: accumulated.get(id)! });
      let known = 0;
      let finite = true;
      const parts: Code[] = [];
      for (const term of all) {
        if (typeof term === "number") known += term;
        else parts.push([parts.length === 0 ? (term.negate ? "-" : "") : term.negate ? " - " : " + ", ...term.code]);
        finite &&= typeof term === "number" ? Number.isFinite(term) : term.finite;
      }
      if (parts.length === 0) return known;
      const only = parts[0]!;
      if (parts.length === 1 && known === 0 && only.length === 2 && only[0] === "" && typeof only[1] !== "string") {
        return only[1]!;
      }
      const code = parts.flat();
      if (known !== 0) code.push(" + ", literal(known));
      finiteAdjoints.set(id, finite && Number.isFinite(known));
      section.push({ defines: adjointLocal(id), code });
      return adjointLocal(id);
    };
    // a node's local derivative toward operand k, from its row; a local unless it is one already
    const partial = (id: number, k: 0 | 1): Ref => {
      const { node, operands, outer, varies, finite } = slots[id]!;
      const [a, b = 0] = operands as [Ref, Ref?];
      const code = javascriptRow(node!)!.partial(k, a, b, valueLocal(id), node!);
      if (typeof code === "number") return code;
      if (code.length === 1 && typeof code[0] !== "string") return code[0]!;
      return define(`d${k}:v${id}`, code, { outer, varies, finite });
    };

    // the locals of the forward pass, as a tape the shared backward sweep walks
    const tape = { arity: new Uint8Array(count), first: new Int32Array(count), second: new Int32Array(count) };
    const varies = new Uint8Array(count);
    for (let id = 0; id < count; id++) {
      const operands = slots[id]!.operands ?? [];
      tape.arity[id] = operands.length;
      varies[id] = slots[id]!.varies ? 1 : 0;
      [0, 1].forEach((k) => {
        const r = operands[k];
        (k === 0 ? tape.first : tape.second)[id] = r === undefined || typeof r === "number" ? -1 : r.id;
      });
    }
    let phase = false;
    const rule = new CodeRule({
      partial: (id, k) => asTerm(partial(id, k)),
      times: (p, g) => product(asRef(p), asRef(g)),
      adjoint: (id) => asTerm(adjoint(id)),
      pass: (c, term) => pass(c, term),
    });
    const asTerm = (ref: Ref): Term => (typeof ref === "number" ? ref : { negate: false, code: [ref], finite: false });
    const asRef = (term: Term): Ref => (typeof term === "number" ? term : (term.code[0] as Local));

    pass(top.id, 1); // seed: d(root)/d(root) = 1
    // first the locals of the row loop (or of a plain function), then the parameter-only ones after it
    for (phase of [false, true]) {
      section = phase ? post : body;
      inLoop = !phase;
      backwardSweep({ ...tape, varies }, rule, (id) => slots[id]!.outer === phase);
      for (const [id, name] of variables) {
        if (slots[id]!.outer !== phase || !slots[id]!.varies) continue;
        const g = adjoint(id);
        if (g !== 0) gradients.set(name, g);
      }
    }
    return gradients;
  }

  return { pre, body, post, root: refs[refs.length - 1]!, gradient };
}

/**
 * The backward sweep's rule for generated code. A class, like the sweep's rule for numbers, so the
 * sweep's calls stay inlinable in the tree walker's gradient() after a compile() has run.
 */
class CodeRule implements BackwardRule<Term> {
  constructor(private readonly code: Pick<BackwardRule<Term>, "partial" | "times" | "adjoint" | "pass">) {}
  isZero(t: Term): boolean {
    return t === 0;
  }
  partial(id: number, k: 0 | 1): Term {
    return this.code.partial(id, k);
  }
  times(p: Term, g: Term): Term {
    return this.code.times(p, g);
  }
  adjoint(id: number): Term {
    return this.code.adjoint(id);
  }
  pass(c: number, term: Term): void {
    this.code.pass(c, term);
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

function operandKey(operand: Ref): string {
  return typeof operand === "number" ? literal(operand) : `v${operand.id}`;
}
