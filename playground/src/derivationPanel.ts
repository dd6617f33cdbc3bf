import * as gradkit from "../../src/index.js";
import type { Expression } from "../../src/index.js";
import { typeset } from "./typeset.js";

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
const MAX_STEPS = 60;

/** Fills `element` with the derivation of d expression / d wrt, one indented row per step. */
export function showDerivation(element: HTMLElement, expression: Expression, wrt: string | undefined): void {
  element.replaceChildren();
  if (derivationSteps === undefined) {
    element.append(note("This build of gradkit has no derivationSteps yet: the step-by-step derivation appears here once it does."));
    return;
  }
  if (wrt === undefined) {
    element.append(note("A formula without variables has derivative 0."));
    return;
  }
  let steps: readonly DerivationStep[];
  try {
    steps = derivationSteps(expression, wrt);
  } catch (error) {
    element.append(note(`No derivation: ${error instanceof Error ? error.message : String(error)}`));
    return;
  }
  const list = document.createElement("ol");
  list.className = "derivation";
  for (const step of steps.slice(0, MAX_STEPS)) {
    const item = document.createElement("li");
    item.style.marginLeft = `${1.5 * step.depth}em`;
    const rule = document.createElement("span");
    rule.className = "rule";
    rule.textContent = step.rule;
    const description = document.createElement("span");
    description.textContent = ` ${step.description}`;
    const maths = document.createElement("div");
    typeset(maths, `\\frac{\\partial}{\\partial ${wrtLatex(wrt)}}\\left[${step.expression.toLatex()}\\right] = ${step.result.toLatex()}`);
    item.append(rule, description, maths);
    list.append(item);
  }
  element.append(list);
  if (steps.length > MAX_STEPS) element.append(note(`... and ${steps.length - MAX_STEPS} more steps`));
}

/** A variable's name as toLatex prints it (x1 is x_{1}). */
export function wrtLatex(name: string): string {
  return gradkit.variable(name).toLatex();
}

function note(text: string): HTMLElement {
  const paragraph = document.createElement("p");
  paragraph.className = "note";
  paragraph.textContent = text;
  return paragraph;
}
