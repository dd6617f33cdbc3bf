import { evaluate } from "../autodiff/evaluate.js";
import { forwardDiff } from "../autodiff/forwardDiff.js";
import { reverseGradient } from "../autodiff/reverseGradient.js";
import { variablesOf } from "../autodiff/tape.js";
import { backward } from "../nn/backward.js";
import { structurallyEqual } from "../internals/structurallyEqual.js";
import { late } from "../internals/late.js";
import { UnsupportedNodeError } from "../errors/UnsupportedNodeError.js";
import type { CompileOptions, CompiledExpression } from "../compile/CompiledExpression.js";
import type { LeafRules } from "../internals/protocol.js";

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
export abstract class Expression implements LeafRules {
  /** The operands this node combines, left to right; empty for leaves. */
  get children(): readonly Expression[] {
    return [];
  }

  // ---- building: each accepts an Expression or a number ----

  /** `this + other` */
  add(other: Operand): Expression {
    return late().add(this, lift(other));
  }
  /** `this - other` */
  sub(other: Operand): Expression {
    return late().sub(this, lift(other));
  }
  /** `this * other` */
  mul(other: Operand): Expression {
    return late().mul(this, lift(other));
  }
  /** `this / other` */
  div(other: Operand): Expression {
    return late().div(this, lift(other));
  }
  /** `this ^ exponent` */
  pow(exponent: Operand): Expression {
    return late().pow(this, lift(exponent));
  }
  /** `-this` */
  neg(): Expression {
    return late().neg(this);
  }

  // ---- the course's contract ----

  /** The value at `env`. Throws MissingVariableError naming a variable `env` lacks. */
  eval(env: Env): number {
    return evaluate(this, env);
  }

  /** The derivative with respect to `wrt`, as a number at `env` (forward mode, the course's `diff`). */
  diff(env: Env, wrt: string | { readonly name: string }): number {
    return forwardDiff(this, env, typeof wrt === "string" ? wrt : wrt.name);
  }

  // ---- going further ----

  /** Every partial derivative at `env`, `{ x: ..., y: ... }`, from one reverse-mode pass. */
  gradient(env: Env): Record<string, number> {
    return reverseGradient(this, env);
  }

  /** The derivative with respect to `wrt` as a new, simplified Expression: differentiate again for higher orders. */
  derivative(wrt: string | { readonly name: string }): Expression {
    return late().derivative(this, typeof wrt === "string" ? wrt : wrt.name);
  }

  /** The same expression with constants folded and `0 +`, `1 *`, `* 0`, `^ 1`, `^ 0`, `--` removed. */
  simplify(): Expression {
    return late().simplify(this);
  }

  /**
   * PyTorch's `loss.backward()`: adds seed * d this / d p to `p.grad` for every Parameter p in this
   * expression, at the parameters' current values. Gradients accumulate until `zeroGrad()`. See `backward`.
   */
  backward(seed = 1): void {
    backward(this, seed);
  }

  /** The names of the variables this expression uses, sorted. */
  variables(): string[] {
    return variablesOf(this);
  }

  /** Plain text with the fewest parentheses that keep the meaning; `parse(e.toString())` equals `e`. */
  toString(): string {
    return late().toText(this);
  }

  /** LaTeX, e.g. `\frac{x}{2} + \sin\left(x\right)`. */
  toLatex(): string {
    return late().toLatex(this);
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
    return late().compile(this, options);
  }

  /** What besides its children identifies this node: a constant's value, a variable's name, a slope. */
  get attributes(): readonly (string | number)[] {
    return [];
  }

  // ---- rules for leaves (Constant and Variable override these) ----

  /** True for Constant leaves only. */
  get isConstant(): boolean {
    return false;
  }

  /** A Variable's name; undefined for every other node. */
  get variableName(): string | undefined {
    return undefined;
  }

  /**
   * The value of a node with no declared children. Constant and Variable override this. A course-style
   * subclass that overrides `eval` (and `diff`) instead is used through those.
   */
  leafValue(env: Env): number {
    if (this.eval === Expression.prototype.eval) {
      const name = this.constructor.name;
      throw new UnsupportedNodeError(name, `${name} must override eval(env), or extend UnaryFunction or BinaryOperator`);
    }
    return this.eval(env);
  }

  /** The derivative of a node with no declared children: see leafValue. */
  leafTangent(env: Env, wrt: string): number {
    if (this.diff === Expression.prototype.diff) {
      const name = this.constructor.name;
      throw new UnsupportedNodeError(name, `${name} must override diff(env, wrt), or extend UnaryFunction or BinaryOperator`);
    }
    return this.diff(env, wrt);
  }
}

/** Numbers become Constants; Expressions pass through. */
export function lift(value: Operand): Expression {
  return typeof value === "number" ? late().constant(value) : value;
}
