import { explain, parse, SUPPORTED_FUNCTIONS, type Expression } from "../../src/index.js";
import { showDerivation } from "./derivationPanel.js";
import { wrtLatex } from "./derivationSteps.js";
import { explainTable } from "./explainTable.js";
import { formatNumber } from "./formatNumber.js";
import { keyboardScrolling } from "./keyboardScrolling.js";
import { graphDescription, graphDrawing } from "./graphDot.js";
import { drawGraph, MAX_GRAPH_NODES, showGraphNote } from "./graphView.js";
import { hideError, showError } from "./parseErrorView.js";
import { sharedNodes } from "./sharedNodes.js";
import { typeset } from "./typeset.js";

/** Starting values for the default formula: micrograd's neuron, whose output is tanh(0.8814) = 0.7071. */
const STARTING_VALUES: Readonly<Record<string, number>> = { x1: 2, x2: 0, w1: -3, w2: 1, b: 6.8813735870195432 };

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The page has no #${id}`);
  return element as T;
}

/**
 * The formula panel: every keystroke re-reads the formula and redraws, live, the error (with a caret),
 * one input per variable, the value, the derivative and gradient (KaTeX), the computational graph, the
 * chain-rule table and the step-by-step derivation.
 */
export function formulaView(): void {
  const formula = byId<HTMLInputElement>("formula");
  const error = byId("error");
  const variables = byId("variables");
  const wrtSelect = byId<HTMLSelectElement>("wrt");
  const value = byId<HTMLOutputElement>("value");
  const derivative = byId("derivative");
  const gradient = byId("gradient");
  const graph = byId("graph");
  const table = byId("explain");
  const steps = byId("steps");
  const results = [value, derivative, gradient, graph, table, steps];

  // values by name, kept when a variable leaves the formula and comes back
  const values = new Map<string, number>(Object.entries(STARTING_VALUES));
  let shownVariables = "";
  let firstDerivativeShown = false;
  // The symbolic derivative and the derivation depend on the formula and wrt, not on the numbers: moving a
  // variable keeps them (redoing them took 0.5-0.7 s per change for a 100-node formula, the graph 2 ms).
  let symbolicFor: string | undefined;
  let symbolic = "";

  const syncVariables = (names: readonly string[]): void => {
    const key = names.join(",");
    if (key === shownVariables) return; // keep the inputs (and the focus) while only numbers change
    shownVariables = key;
    const previousWrt = wrtSelect.value;
    variables.replaceChildren();
    wrtSelect.replaceChildren();
    for (const name of names) {
      if (!values.has(name)) values.set(name, 1);
      const label = document.createElement("label");
      label.className = "variable";
      const input = document.createElement("input");
      input.type = "number";
      input.step = "any";
      input.value = String(values.get(name));
      input.dataset.testid = `var-${name}`;
      input.setAttribute("aria-label", name);
      input.addEventListener("input", () => {
        const number = input.valueAsNumber;
        input.classList.toggle("invalid", !Number.isFinite(number));
        if (!Number.isFinite(number)) return;
        values.set(name, number);
        render();
      });
      const text = document.createElement("span");
      text.textContent = `${name} =`;
      label.append(text, input);
      variables.append(label);
      wrtSelect.append(new Option(name, name, false, name === previousWrt));
    }
  };

  const render = (): void => {
    let expression: Expression;
    try {
      expression = parse(formula.value);
    } catch (caught) {
      showError(error, caught);
      formula.setAttribute("aria-invalid", "true");
      formula.setAttribute("aria-describedby", "error");
      for (const element of results) element.classList.add("stale");
      return;
    }
    hideError(error);
    formula.removeAttribute("aria-invalid");
    formula.setAttribute("aria-describedby", "formula-help");
    for (const element of results) element.classList.remove("stale");
    try {
      show(expression);
    } catch (caught) {
      // a formula that reads but cannot be shown (an engine error): said in the error box, not the console
      showError(error, caught);
    }
  };

  const show = (expression: Expression): void => {
    const names = expression.variables();
    syncVariables(names);
    const wrt = names.includes(wrtSelect.value) ? wrtSelect.value : names[0];
    const env = Object.fromEntries(names.map((name) => [name, values.get(name) ?? 1]));
    const symbolicKey = `${wrt}\u0000${formula.value}`;

    // one node per variable and per repeated part, as micrograd draws it: a node's grad sums over its uses
    const explanation = explain(sharedNodes(expression), env);
    value.textContent = formatNumber(explanation.value);
    value.dataset.value = String(explanation.value);

    if (wrt === undefined) {
      typeset(derivative, "\\text{no variables: every derivative is } 0");
      derivative.dataset.value = "0";
    } else {
      const slope = explanation.gradient[wrt] ?? 0;
      if (symbolicKey !== symbolicFor) symbolic = symbolicDerivative(expression, wrt);
      typeset(derivative, `\\frac{\\partial f}{\\partial ${wrtLatex(wrt)}} = ${symbolic}${latexNumber(slope)}`);
      derivative.dataset.value = String(slope);
    }
    const partials = names.map((name) => `\\frac{\\partial f}{\\partial ${wrtLatex(name)}}`).join(",\\ ");
    const slopes = names.map((name) => latexNumber(explanation.gradient[name] ?? 0)).join(",\\ ");
    typeset(
      gradient,
      names.length === 0 ? "\\nabla f = ()" : `\\nabla f = \\left(${partials}\\right) = \\left(${slopes}\\right)`,
    );
    gradient.dataset.value = JSON.stringify(explanation.gradient);

    if (!firstDerivativeShown) {
      firstDerivativeShown = true;
      performance.mark("first-derivative");
    }

    const nodes = explanation.steps.length;
    if (nodes <= MAX_GRAPH_NODES) {
      void drawGraph(graph, graphDrawing(explanation, wrt));
      graph.setAttribute("aria-label", graphDescription(explanation));
    } else {
      const note = `${nodes} nodes: too many to draw (the graph shows formulas up to ${MAX_GRAPH_NODES} nodes)`;
      showGraphNote(graph, note);
      graph.setAttribute("aria-label", note);
    }
    table.replaceChildren(explainTable(explanation));
    if (symbolicKey !== symbolicFor) {
      showDerivation(steps, expression, wrt);
      symbolicFor = symbolicKey;
    }
  };

  // the parser's own list: a function added to the engine shows here without a change to the page
  byId("function-names").textContent = SUPPORTED_FUNCTIONS.join(", ");
  keyboardScrolling([derivative, gradient, graph, table, steps]);
  formula.addEventListener("input", render);
  wrtSelect.addEventListener("change", render);
  render();
}

/** d expression / d wrt in LaTeX, followed by " = ", or what stopped it (a size limit, say). */
function symbolicDerivative(expression: Expression, wrt: string): string {
  try {
    return `${expression.derivative(wrt).toLatex()} = `;
  } catch (caught) {
    return `\\text{${caught instanceof Error ? caught.message.replace(/[\\{}$&#^_%~]/g, " ") : "no closed form"}} \\quad `;
  }
}

function latexNumber(value: number): string {
  return formatNumber(value)
    .replace(/e([+-]?\d+)$/, " \\times 10^{$1}")
    .replace("Infinity", "\\infty");
}
