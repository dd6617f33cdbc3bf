import { type DerivationStep, variable } from "../../src/index.js";

export { derivationSteps } from "../../src/index.js";

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
  return variable(name).toLatex();
}
