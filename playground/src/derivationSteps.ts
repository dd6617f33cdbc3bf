import * as gradkit from "../../src/index.js";
import type { Expression } from "../../src/index.js";

/** One step of a derivation, as the symbolic helper's `derivationSteps` returns it (see the briefs' interface). */
export interface DerivationStep {
  /** A short id: "sum", "product", "chain", "power", "constant multiple", ... */
  readonly rule: string;
  /** One English sentence. */
  readonly description: string;
  /** The expression being differentiated at this step. */
  readonly expression: Expression;
  /** Its derivative. */
  readonly result: Expression;
  /** Nesting level, for indentation. */
  readonly depth: number;
}

type DerivationSteps = (expression: Expression, wrt: string) => readonly DerivationStep[];

/**
 * gradkit's `derivationSteps`, when the engine this page was built with has it: the page is built from
 * the engine's public door as it is, so a build without the function shows a note instead of failing.
 */
export const derivationSteps: DerivationSteps | undefined = (() => {
  // Reflect.get, not gradkit.derivationSteps: a bundler would warn about (or refuse) a missing export
  const candidate: unknown = Reflect.get(gradkit, "derivationSteps");
  return typeof candidate === "function" ? (candidate as DerivationSteps) : undefined;
})();

/** Steps past this are summarised. */
export const MAX_STEPS = 60;

/** What the panel shows for one step: indented by depth, the rule, the sentence, then the maths as LaTeX. */
export interface DerivationRow {
  readonly depth: number;
  readonly rule: string;
  readonly description: string;
  /** d/d wrt [expression] = result */
  readonly tex: string;
}

/**
 * The rows for `steps`, at most MAX_STEPS of them (the panel says how many more there are). A step is
 * d/d wrt [expression] = result, except the outer step of a chain rule (the step right after a "chain" step,
 * on the same expression): its result is the outer derivative f'(u), with u named in the chain step's sentence.
 */
export function derivationRows(steps: readonly DerivationStep[], wrt: string): DerivationRow[] {
  return steps.slice(0, MAX_STEPS).map((step, k) => {
    const previous = steps[k - 1];
    const outer = previous?.rule === "chain" && previous.expression === step.expression;
    const left = outer
      ? "f'(u)"
      : `\\frac{\\partial}{\\partial ${wrtLatex(wrt)}}\\left[${step.expression.toLatex()}\\right]`;
    return {
      depth: step.depth,
      rule: step.rule,
      description: step.description,
      tex: `${left} = ${step.result.toLatex()}`,
    };
  });
}

/** A variable's name as toLatex prints it (x1 is x_{1}). */
export function wrtLatex(name: string): string {
  return gradkit.variable(name).toLatex();
}
