import { structurallyEqual } from "../internals/structurallyEqual.js";
import { engine as use } from "../internals/Engine.js";
import type { CompileOptions, CompiledExpression } from "../compile/CompiledExpression.js";

/** Values for the variables of an expression, e.g. `{ x: 10, y: 5 }`. */
export type Env = Readonly<Record<string, number>>;

/** Where a method takes a number, it becomes a Constant: `x.mul(2)` is `x * 2`. */
export type Operand = Expression | number;

/**
 * A node of an expression tree: the base of Constant, Variable, every operator and every function.
 *
 * The course's contract is `eval(env)` (the value) and `diff(env, wrt)` (the derivative's value, forward
 * mode). The engine adds `derivative(wrt)` (a new Expression), `gradient(env)` (every partial in one
 * reverse pass), printing, and compilation. None of them recurse, so trees 100,000 deep are fine.
 *
 * @example
 * const x = variable("x");
 * const f = x.pow(2).add(x.mul(3));   // x ^ 2 + x * 3
 * f.eval({ x: 2 });                   // 10
 * f.diff({ x: 2 }, "x");              // 7
 * f.derivative("x").toString();       // "2 * x + 3"
 */
/**
 * The record src/simplify keeps on each node (its structural id, factors and terms, worked out once, as SymPy's
 * Basic caches its hash). A field, not a WeakMap: a WeakMap entry costs about 2 us, which made `derivative`
 * ten times slower. Private, so comparing two nodes field by field (`toEqual`) never sees it.
 */
export let factSlot: { get(node: Expression): object | undefined; set(node: Expression, facts: object): void };

export abstract class Expression {
  #facts: object | undefined = undefined;
  static {
    factSlot = {
      get: (node) => node.#facts,
      set: (node, facts) => {
        node.#facts = facts;
      },
    };
  }

  /** The operands this node combines, left to right; empty for leaves. */
  get children(): readonly Expression[] {
    return [];
  }

  /** What besides its children identifies this node: a constant's value, a variable's name, a slope. */
  get attributes(): readonly (string | number)[] {
    return [];
  }

  // ---- building: each accepts an Expression or a number ----

  /** `this + other` */
  add(other: Operand): Expression {
    return use().build("add", this, lift(other));
  }
  /** `this - other` */
  sub(other: Operand): Expression {
    return use().build("sub", this, lift(other));
  }
  /** `this * other` */
  mul(other: Operand): Expression {
    return use().build("mul", this, lift(other));
  }
  /** `this / other` */
  div(other: Operand): Expression {
    return use().build("div", this, lift(other));
  }
  /** `this ^ exponent` */
  pow(exponent: Operand): Expression {
    return use().build("pow", this, lift(exponent));
  }
  /** `-this` */
  neg(): Expression {
    return use().neg(this);
  }

  // ---- the course's contract ----

  /** The value at `env`. Throws MissingVariableError naming a variable `env` lacks. */
  eval(env: Env): number {
    return use().evaluate(this, env);
  }

  /** The derivative with respect to `wrt`, as a number at `env` (forward mode, the course's `diff`). */
  diff(env: Env, wrt: string | { readonly name: string }): number {
    return use().diff(this, env, typeof wrt === "string" ? wrt : wrt.name);
  }

  // ---- going further ----

  /** Every partial derivative at `env`, `{ x: ..., y: ... }`, from one reverse-mode pass. */
  gradient(env: Env): Record<string, number> {
    return use().gradient(this, env);
  }

  /** The derivative with respect to `wrt` as a new, simplified Expression: differentiate again for more. */
  derivative(wrt: string | { readonly name: string }): Expression {
    return use().derivative(this, typeof wrt === "string" ? wrt : wrt.name);
  }

  /** The same expression with constants folded and `0 +`, `1 *`, `* 0`, `^ 1`, `^ 0`, `--` removed. */
  simplify(): Expression {
    return use().simplify(this);
  }

  /**
   * PyTorch's `loss.backward()`: adds seed * d this / d p to `p.grad` for every Parameter p in this
   * expression, at the parameters' current values. Gradients accumulate until `zeroGrad()`. See `backward`.
   */
  backward(seed = 1): void {
    use().backward(this, seed);
  }

  /** The names of the variables this expression uses, sorted. */
  variables(): string[] {
    return use().variables(this);
  }

  /** Plain text with the fewest parentheses that keep the meaning; `parse(e.toString())` equals `e`. */
  toString(): string {
    return use().toText(this);
  }

  /** LaTeX, e.g. `\frac{x}{2} + \sin\left(x\right)`. */
  toLatex(): string {
    return use().toLatex(this);
  }

  /** Same shape, same operators, same constants and variable names. */
  equals(other: Expression): boolean {
    return structurallyEqual(this, other);
  }

  /**
   * A fast function of the variables in `options.variables` order (default: sorted names), built once
   * by generating straight-line JavaScript from the tree. See `compile`.
   */
  compile(options: CompileOptions = {}): CompiledExpression {
    return use().compile(this, options);
  }
}

/**
 * The constructors a node's symbolic rule builds its derivative with. The derivative sweep passes the
 * simplifying ones of src/simplify/build.ts, so a node file never imports the simplifier.
 */
export interface Build {
  num(value: number): Expression;
  add(a: Expression, b: Expression): Expression;
  sub(a: Expression, b: Expression): Expression;
  mul(a: Expression, b: Expression): Expression;
  div(a: Expression, b: Expression): Expression;
  pow(a: Expression, b: Expression): Expression;
  neg(a: Expression): Expression;
  /** log(a), with log's own rules (log(exp(u)) -> u, log(1.5) evaluated), as simplify() would apply them. */
  log(a: Expression): Expression;
}

/** Numbers become Constants; Expressions pass through. */
export function lift(value: Operand): Expression {
  return typeof value === "number" ? use().constant(value) : value;
}
