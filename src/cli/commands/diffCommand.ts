import type { Env, Expression } from "../../index.js";
import { CliError, ExitCode } from "../CliError.js";
import type { CommandResult } from "../CommandResult.js";
import { assertFinite } from "../diagnoseNonFinite.js";
import { formatBindings, formatNumber } from "../formatNumber.js";
import { chooseWrt, requireValues, type Formula } from "../formulaInput.js";
import { tapeOf } from "../../autodiff/tape.js";
import { forwardValues } from "../../autodiff/numbers.js";
import { sharedTextLines, toSharedText } from "../../printing/toSharedText.js";
import { PrintBudgetError } from "../../printing/PrintBudgetError.js";

/** The most distinct nodes a derivative may reach, order by order, before `diff` stops (well under a second). */
export const MAX_DERIVATIVE_NODES = 5_000;

/**
 * `autodiff diff`: the canonical symbolic derivative of order `order` and, with `--at`, its value. Large
 * results print shared parts once under names (`where u1 = ...`); a derivative over MAX_DERIVATIVE_NODES
 * stops with an error naming the limit. With `--at`, a point where f is undefined is refused (as `eval`
 * and `grad` do), and a result that passed through an overflow says so in a note.
 * @example diffCommand(formula("x^2"), undefined, 1, {}).text // "d/dx x ^ 2 = 2 * x"
 */
export function diffCommand(
  formula: Formula,
  wrt: string | undefined,
  order: number,
  env: Env | undefined,
): CommandResult {
  const { expression } = formula;
  const by = chooseWrt(expression, wrt, formula.text);
  const derivative = boundedDerivative(expression, by, order);
  const shared = printed(derivative);

  const operator = order === 1 ? `d/d${by}` : `d^${order}/d${by}^${order}`;
  const subject = formula.name === "f" ? parenthesized(expression.toString()) : formula.name;
  const [main, ...where] = sharedTextLines(shared);
  const lines = [`${operator} ${subject} = ${main!}`, ...where];
  const json: Record<string, unknown> = {
    expression: expression.toString(),
    wrt: by,
    order,
    derivative: shared.main,
  };
  if (shared.definitions.length > 0)
    json.where = Object.fromEntries(shared.definitions.map(({ name, text }) => [name, text]));
  if (env !== undefined) {
    requireValues(expression, env, formula.text);
    const written = expression.eval(env);
    // undefined as written (NaN): refused, as eval and grad refuse it
    if (Number.isNaN(written)) assertFinite(expression, env, written, "the value of the formula");
    const canonical = expression.simplify();
    assertFinite(canonical, env, canonical.eval(env), "the value of the formula");
    const value = derivative.eval(env);
    assertFinite(derivative, env, value, `the derivative ${operator}`);
    const notes = [
      overflowNote(expression, env, "the formula as written"),
      overflowNote(derivative, env, "the derivative"),
    ].filter((note): note is string => note !== undefined);
    json.at = env;
    json.derivativeValue = value;
    if (notes.length > 0) json.notes = notes;
    lines.push(`at ${formatBindings(env)}: ${formatNumber(value)}`, ...notes.map((note) => `note: ${note}`));
  }
  return { json, text: lines.join("\n") };
}

/**
 * Differentiates `order` times, stopping with an error naming the limit once the result grows past it, or
 * before computing an order that would: sizes that double per order (sigmoid, tanh) are stopped one order
 * early, so the refusal comes in well under a second instead of after the most expensive order.
 */
function boundedDerivative(expression: Expression, by: string, order: number): Expression {
  let derivative = expression;
  let previous = tapeOf(expression).nodes.length;
  for (let k = 1; k <= order; k++) {
    derivative = derivative.derivative(by);
    const size = tapeOf(derivative).nodes.length;
    // every further derivative of a constant is 0
    if (size === 1 && derivative.variables().length === 0) return k === order ? derivative : derivative.derivative(by);
    if (size > MAX_DERIVATIVE_NODES) throw tooLarge(`has ${size.toLocaleString("en")} distinct nodes`, k, order);
    const growth = size / previous;
    const next = Math.round(size * growth);
    if (k < order && growth >= 1.5 && next > MAX_DERIVATIVE_NODES)
      throw tooLarge(
        `would have about ${next.toLocaleString("en")} distinct nodes (order ${k} has ${size.toLocaleString("en")}, ` +
          `${growth.toFixed(1)} times order ${k - 1})`,
        k + 1,
        order,
      );
    previous = size;
  }
  return derivative;
}

function tooLarge(size: string, k: number, order: number): CliError {
  return new CliError(
    `the derivative of order ${k} ${size}, over the limit of ` +
      `${MAX_DERIVATIVE_NODES.toLocaleString("en")} (--order ${order} was asked for)`,
    k > 1
      ? `use --order ${k - 1} or lower`
      : "differentiate a smaller formula, or use `autodiff grad` for the value only",
    ExitCode.evaluation,
  );
}

function printed(derivative: Expression): ReturnType<typeof toSharedText> {
  try {
    return toSharedText(derivative);
  } catch (error) {
    if (!(error instanceof PrintBudgetError)) throw error;
    throw new CliError(
      error.message,
      "use a lower --order, or `autodiff grad` for the value only",
      ExitCode.evaluation,
    );
  }
}

/** A note when some intermediate value of `e` at `env` is infinite or NaN although the result is finite. */
function overflowNote(e: Expression, env: Env, what: string): string | undefined {
  const tape = tapeOf(e);
  const values = forwardValues(tape, env);
  for (let i = 0; i < values.length - 1; i++) {
    if (!Number.isFinite(values[i]!)) {
      const node = tape.nodes[i]!.toString();
      const shown = node.length > 60 ? `${node.slice(0, 57)}...` : node;
      return (
        `${what} passes through ${shown} = ${formatNumber(values[i]!)} here (too large for a double); the ` +
        `value shown follows floating point past it and may not be the true limit`
      );
    }
  }
  return undefined;
}

function parenthesized(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$|^[\d.]+$/.test(text) ? text : `(${text})`;
}
