import type { DerivationStep, Expression } from "../../src/index.js";
import { derivationRows, derivationSteps, MAX_STEPS } from "./derivationSteps.js";
import { typeset } from "./typeset.js";

/** Fills `element` with the derivation of d expression / d wrt, one indented row per step. */
export function showDerivation(element: HTMLElement, expression: Expression, wrt: string | undefined): void {
  element.replaceChildren();
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
  for (const row of derivationRows(steps, wrt)) {
    const item = document.createElement("li");
    item.style.marginLeft = `${1.5 * row.depth}em`;
    const rule = document.createElement("span");
    rule.className = "rule";
    rule.textContent = row.rule;
    const description = document.createElement("span");
    description.textContent = ` ${row.description}`;
    const maths = document.createElement("div");
    typeset(maths, row.tex);
    item.append(rule, description, maths);
    list.append(item);
  }
  element.append(list);
  if (steps.length > MAX_STEPS) element.append(note(`... and ${steps.length - MAX_STEPS} more steps`));
}

function note(text: string): HTMLElement {
  const paragraph = document.createElement("p");
  paragraph.className = "note";
  paragraph.textContent = text;
  return paragraph;
}
