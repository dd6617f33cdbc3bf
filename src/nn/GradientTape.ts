import type { Expression } from "../expression/Expression.js";
import { Variable } from "../expression/Variable.js";
import { GradientError } from "./GradientError.js";
import { isGradEnabled } from "./gradMode.js";
import { holdsGradient } from "./gradientHolder.js";

/** Options of `new GradientTape(options)`, TensorFlow's keyword arguments. */
export interface GradientTapeOptions {
  /** Allow more than one `gradient` call (TensorFlow's `persistent=True`). Default false. */
  readonly persistent?: boolean;
  /** Watch every trainable parameter without `watch` (TensorFlow's `watch_accessed_variables`). Default true. */
  readonly watchAccessedVariables?: boolean;
}

/** One source, an array of them, or a record of them: `gradient` answers in the same shape. */
export type Sources = Variable | readonly Variable[] | Readonly<Record<string, Variable>>;
type Gradients<S extends Sources> = S extends Variable
  ? Expression | null
  : S extends readonly Variable[]
    ? (Expression | null)[]
    : { [K in keyof S]: Expression | null };

/**
 * TensorFlow's `tf.GradientTape` on gradkit's engine.
 *
 * gradkit's expressions are symbolic, so there is nothing to record while they are built: a tape
 * remembers WHICH sources to differentiate with respect to (`watch`, and every trainable parameter when
 * `watchAccessedVariables` is on, as TensorFlow watches trainable variables) and HOW OFTEN it may be
 * asked (`persistent`). `gradient(target, source)` is the engine's symbolic derivative of `target`, an
 * Expression: read its number with `item(...)` (TensorFlow's `.numpy()`), or hand it to an outer tape to
 * differentiate again (nested tapes give second derivatives). An unwatched source, or one the target
 * does not depend on, gives null (TensorFlow's None).
 *
 * @example
 * const x = parameter("x", 3, { requiresGrad: false });   // tf.constant(3.0)
 * const tape = new GradientTape({ persistent: true });
 * tape.watch(x);
 * const y = x.mul(x);
 * const z = y.mul(y);
 * item(tape.gradient(z, x)!); // 108
 * item(tape.gradient(y, x)!); // 6
 */
export class GradientTape {
  readonly persistent: boolean;
  readonly watchAccessedVariables: boolean;
  private readonly watchedNames = new Set<string>();
  private used = false;

  constructor(options: GradientTapeOptions = {}) {
    this.persistent = options.persistent ?? false;
    this.watchAccessedVariables = options.watchAccessedVariables ?? true;
  }

  /**
   * Differentiate with respect to these too (TensorFlow's `tape.watch(x)`). Ignored inside noGrad, as under
   * `stop_recording`.
   */
  watch(...sources: readonly Variable[]): void {
    if (!isGradEnabled()) return;
    for (const source of sources) this.watchedNames.add(nameOf(source));
  }

  /** Whether `gradient` will differentiate with respect to `source`. */
  isWatched(source: Variable): boolean {
    if (this.watchedNames.has(nameOf(source))) return true;
    return this.watchAccessedVariables && holdsGradient(source) && source.requiresGrad;
  }

  /**
   * d target / d source as an Expression (the engine's symbolic derivative), for one source, an array
   * or a record of them; null where the source is not watched or the target does not use it. A tape
   * that is not persistent answers once (a second call is a GradientError, as in TensorFlow).
   */
  gradient<S extends Sources>(target: Expression, sources: S): Gradients<S> {
    if (this.used && !this.persistent) {
      throw new GradientError(
        "A GradientTape that is not persistent answers one gradient call (TensorFlow's rule): make it with new " +
          "GradientTape({ persistent: true })",
      );
    }
    this.used = true;
    const uses = new Set(target.variables());
    const one = (source: Variable): Expression | null => {
      if (!this.isWatched(source) || !uses.has(nameOf(source))) return null;
      return target.derivative(source.name);
    };
    if (isVariable(sources)) return one(sources) as Gradients<S>;
    if (Array.isArray(sources)) return (sources as readonly Variable[]).map(one) as Gradients<S>;
    const record = sources as Readonly<Record<string, Variable>>;
    return Object.fromEntries(Object.entries(record).map(([key, source]) => [key, one(source)])) as Gradients<S>;
  }
}

function isVariable(sources: Sources): sources is Variable {
  return sources instanceof Variable;
}

function nameOf(source: Variable): string {
  const name = source instanceof Variable ? source.name : undefined;
  if (name === undefined)
    throw new TypeError("A GradientTape differentiates with respect to variables or parameters only");
  return name;
}
