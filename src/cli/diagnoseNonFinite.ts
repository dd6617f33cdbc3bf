import type { Env, Expression } from "../index.js";
import { explain, type ExplainStep } from "../index.js";
import { CliError, ExitCode } from "./CliError.js";
import { formatBindings, formatNumber } from "./formatNumber.js";

/**
 * Throws an evaluation CliError if `value` (named `what`) is NaN or infinite, naming the first node of
 * `expression` whose value (or local derivative) stops being finite and why, e.g. "log of a negative number".
 * @example assertFinite(parse("log(x)"), { x: -1 }, NaN, "the value") // throws: the value is NaN ...
 */
export function assertFinite(expression: Expression, env: Env, value: number, what: string): void {
  if (Number.isFinite(value)) return;
  const { steps } = explain(expression, env);
  const culprit = steps.find((step) => !Number.isFinite(step.value));
  const slope =
    culprit === undefined ? steps.find((step) => step.local.some((d) => d !== null && !Number.isFinite(d))) : undefined;
  const at = Object.keys(env).length > 0 ? ` at ${formatBindings(env)}` : "";
  let cause = "";
  if (culprit !== undefined) {
    cause = `: ${culprit.expression} is ${formatNumber(culprit.value)}${reason(culprit, steps)}`;
  } else if (slope !== undefined) {
    cause = `: the slope of ${slope.expression} is not finite there`;
  }
  throw new CliError(
    `${what} is not a finite number (${formatNumber(value)})${at}${cause}`,
    Number.isNaN(value)
      ? "the formula is undefined at this point; try other values with --at"
      : "the result is infinite or too large for a double here; try other values with --at",
    ExitCode.evaluation,
  );
}

function reason(step: ExplainStep, steps: readonly ExplainStep[]): string {
  const inputs = step.inputs.map((index) => steps[index - 1]!.value);
  const [a, b] = [inputs[0] ?? NaN, inputs[1] ?? NaN];
  const op = step.operation;
  if (/ \/ /.test(op) && b === 0) return " (division by zero)";
  if (/^(log|ln)\(/.test(op)) return a < 0 ? " (log of a negative number)" : a === 0 ? " (log of zero)" : "";
  if (/^sqrt\(/.test(op) && a < 0) return " (square root of a negative number)";
  // another function outside its domain (asin(2)), or at a pole on its edge (atanh(1) = Infinity)
  const name = /^([A-Za-z][A-Za-z0-9]*)\(/.exec(op)?.[1];
  const domain = name === undefined ? undefined : DOMAINS[name];
  if (domain !== undefined && Number.isFinite(a)) {
    return ` (${name}(u) is defined for ${domain}; here u = ${formatNumber(a)})`;
  }
  if (/ \^ /.test(op)) {
    if (a < 0 && !Number.isInteger(b)) return " (a negative number to a fractional power)";
    if (a === 0 && b < 0) return " (zero to a negative power: division by zero)";
  }
  return Number.isNaN(step.value) ? "" : " (too large for a double)";
}

/** Where each function is defined (finite), for saying why its value is NaN or infinite: asin(2), atanh(1). */
const DOMAINS: Readonly<Record<string, string>> = {
  asin: "-1 <= u <= 1",
  acos: "-1 <= u <= 1",
  asec: "u <= -1 or u >= 1",
  acsc: "u <= -1 or u >= 1",
  acosh: "u >= 1",
  atanh: "-1 < u < 1",
  acoth: "u < -1 or u > 1",
  log10: "u > 0",
  log2: "u > 0",
  nthRoot: "u >= 0 (every u for an odd n)",
  coth: "u != 0",
  csch: "u != 0",
  cot: "u not a multiple of pi",
  csc: "u not a multiple of pi",
};
