import { derivationSteps, toLatex, type DerivationStep } from "../../index.js";
import { CliError, ExitCode } from "../CliError.js";
import type { CommandResult } from "../CommandResult.js";
import { chooseWrt, type Formula } from "../formulaInput.js";

/** The output formats of `autodiff steps`. */
export const STEPS_FORMATS = ["text", "latex"] as const;
export type StepsFormat = (typeof STEPS_FORMATS)[number];

/**
 * `autodiff steps`: the derivation of the derivative, one rule per step (text, LaTeX, or with --json one
 * object per step), ending in the canonical derivative.
 * @example stepsCommand(formula("x^2"), "x", "text").text // "d/dx (x ^ 2)\n1. power rule ..."
 */
export function stepsCommand(formula: Formula, wrt: string | undefined, format: StepsFormat): CommandResult {
  const { expression } = formula;
  const by = chooseWrt(expression, wrt, formula.text);
  let steps: DerivationStep[];
  try {
    steps = derivationSteps(expression, by);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("derivationSteps:")) {
      throw new CliError(
        error.message.replace("derivationSteps: ", ""),
        "use `autodiff diff` for the derivative alone",
        ExitCode.evaluation,
      );
    }
    throw error;
  }
  const result = steps[steps.length - 1]!.result;
  const json = {
    expression: expression.toString(),
    wrt: by,
    derivative: result.toString(),
    steps: steps.map((step) => ({
      rule: step.rule,
      description: step.description,
      expression: step.expression.toString(),
      result: step.result.toString(),
      depth: step.depth,
      latex: { expression: step.expression.toLatex(), result: step.result.toLatex() },
    })),
  };
  return { json, text: format === "latex" ? latexSteps(steps, by) : textSteps(steps, by) };
}

function textSteps(steps: readonly DerivationStep[], by: string): string {
  const lines: string[] = [];
  steps.forEach((step, k) => {
    const indent = "   ".repeat(step.depth);
    lines.push(`${indent}${k + 1}. ${step.description}`);
    const outer = step.rule !== "chain" && steps[k - 1]?.rule === "chain" && steps[k - 1]!.depth === step.depth - 1;
    // under a chain step, the outer rule's result is f'(u) at the inner u
    const left = outer ? "outer derivative f'(u) = " : `d/d${by} ${parenthesized(step.expression.toString())} = `;
    lines.push(`${indent}   ${left}${step.result.toString()}`);
  });
  return lines.join("\n");
}

function latexSteps(steps: readonly DerivationStep[], by: string): string {
  const rows = steps.map((step, k) => {
    const outer = step.rule !== "chain" && steps[k - 1]?.rule === "chain" && steps[k - 1]!.depth === step.depth - 1;
    const left = outer ? "f'(u)" : `\\frac{d}{d${by}}\\left(${step.expression.toLatex()}\\right)`;
    const indent = step.depth > 0 ? `${`\\quad`.repeat(step.depth)} ` : "";
    return (
      `${indent}${left} &= ${toLatex(step.result)} && ` +
      `\\text{${step.rule === "result" ? "result" : `${step.rule} rule`}}`
    );
  });
  return ["\\begin{align*}", rows.join(" \\\\\n"), "\\end{align*}"].join("\n");
}

function parenthesized(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$|^[\d.]+$/.test(text) ? text : `(${text})`;
}
