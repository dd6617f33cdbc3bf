import type { Env } from "../../index.js";
import { ExitCode } from "../CliError.js";
import type { CommandResult } from "../CommandResult.js";
import { formatBindings, formatNumber } from "../formatNumber.js";
import type { Formula } from "../formulaInput.js";
import { formatTable } from "../formatTable.js";
import { valueAt } from "../valueAt.js";
import { adaptiveDerivative, numericDerivative } from "../../numerics/numericDerivative.js";
import type { DifferenceSide } from "../../numerics/ridders.js";

/** Relative tolerance for agreement: Ridders' extrapolation is good to about 1e-10 relative on smooth functions. */
export const CHECK_TOLERANCE = 1e-6;

/** One partial derivative checked three ways. */
export interface PartialCheck {
  readonly variable: string;
  /** From gradient(): one reverse-mode pass. */
  readonly reverse: number;
  /** From diff(): forward mode, the course's method. */
  readonly forward: number;
  /** Ridders' extrapolated finite difference (NaN when f is not finite near the point). */
  readonly numeric: number;
  /** The first step of the winning tableau, and which points it used. */
  readonly step: number;
  readonly side: DifferenceSide | "none";
  /** Ridders' own error estimate of `numeric`. */
  readonly estimate: number;
  readonly error: number;
  readonly agree: boolean;
  /** Why it disagrees, when it does. */
  readonly reason?: string;
  /** Where it agrees at a kink (abs at 0): the one-sided slopes, which differ. */
  readonly kink?: { readonly left: number; readonly right: number };
}

/**
 * `autodiff check`: each partial derivative (reverse and forward mode) against an adaptive finite difference
 * (Ridders' extrapolation, steps scaled to |x|, one-sided at a domain edge), saying which agree. Where one
 * disagrees it says why: a kink (the one-sided slopes differ), a slope that is not finite, or a derivative
 * that differs from both one-sided slopes. Exits 1 when any disagrees.
 * @example checkCommand(formula("x*y"), { x: 1, y: 2 }).json.agree // true
 */
export function checkCommand(formula: Formula, env: Env): CommandResult {
  const { expression, name } = formula;
  const value = valueAt(expression, env, formula.text);
  const gradient = expression.gradient(env);
  const partials: PartialCheck[] = expression.variables().map((variable) => {
    const at = env[variable]!;
    const f = (v: number): number => expression.eval({ ...env, [variable]: v });
    const reverse = gradient[variable]!;
    const forward = expression.diff(env, variable);
    const estimate = adaptiveDerivative(f, at);
    const numeric = estimate?.value ?? Number.NaN;
    const scale = Math.max(1, Math.abs(reverse), Number.isFinite(numeric) ? Math.abs(numeric) : 0);
    const error = Math.max(Math.abs(reverse - numeric), Math.abs(forward - numeric));
    const agree = Number.isFinite(error) && error <= CHECK_TOLERANCE * scale;
    const base = {
      variable,
      reverse,
      forward,
      numeric,
      step: estimate?.step ?? Number.NaN,
      side: estimate?.side ?? ("none" as const),
      estimate: estimate?.error ?? Number.NaN,
      error,
      agree,
    };
    if (!agree) return { ...base, reason: whyNot(f, at, reverse, forward, numeric) };
    const kink = oneSidedSlopes(f, at);
    return kink === undefined ? base : { ...base, kink };
  });
  const agree = partials.every((partial) => partial.agree);

  const rows = partials.map((p) => [
    `d${name}/d${p.variable}`,
    formatNumber(p.reverse),
    formatNumber(p.forward),
    formatNumber(p.numeric),
    Number.isFinite(p.error) ? p.error.toExponential(1) : "-",
    p.agree ? "yes" : "NO",
  ]);
  const disagreeing = partials.filter((p) => !p.agree);
  const subject =
    partials.length === 1 ? "the partial derivative agrees" : `all ${partials.length} partial derivatives agree`;
  const verdict =
    partials.length === 0
      ? "no variables: nothing to check"
      : agree
        ? `${subject} with Ridders' finite difference (relative tolerance ${CHECK_TOLERANCE.toExponential(0)})`
        : [
            `disagree: ${disagreeing.map((p) => p.variable).join(", ")}`,
            ...disagreeing.map((p) => `  ${p.variable}: ${p.reason}`),
          ].join("\n");
  // agreeing at a kink is agreeing with a convention: say so rather than pass in silence
  const kinks = partials.flatMap(({ variable, kink, reverse }) =>
    kink === undefined
      ? []
      : [
          `note: ${variable}: a kink here: the slope from the left is ${formatNumber(kink.left)}, from the right ` +
            `${formatNumber(kink.right)}; ${formatNumber(reverse)} is the convention both modes use, not a slope`,
        ],
  );
  const text = [
    `checking ${name} = ${expression.toString()}  at ${formatBindings(env)}`,
    "",
    formatTable(["partial", "reverse mode", "forward mode", "finite difference", "|error|", "agree"], rows),
    "",
    verdict,
    ...kinks,
  ].join("\n");
  return {
    json: { expression: expression.toString(), at: env, value, tolerance: CHECK_TOLERANCE, partials, agree },
    text,
    exitCode: agree ? ExitCode.ok : ExitCode.evaluation,
  };
}

/** The slopes from the left and from the right when they differ (a kink or a jump); undefined otherwise. */
function oneSidedSlopes(f: (v: number) => number, at: number): { left: number; right: number } | undefined {
  const left = numericDerivative(f, at, ["backward"])?.value;
  const right = numericDerivative(f, at, ["forward"])?.value;
  if (left === undefined || right === undefined) return undefined;
  const scale = Math.max(1, Math.abs(left), Math.abs(right));
  return Math.abs(left - right) > 1e-4 * scale ? { left, right } : undefined;
}

/** Names the cause of a disagreement from the one-sided slopes, blaming a kink only when they differ. */
function whyNot(f: (v: number) => number, at: number, reverse: number, forward: number, numeric: number): string {
  if (!Number.isFinite(reverse) || !Number.isFinite(forward)) {
    return (
      `the derivative is not finite here (${formatNumber(reverse)}): the slope is vertical or undefined at ` +
      `this point`
    );
  }
  const kink = oneSidedSlopes(f, at);
  if (kink !== undefined) {
    return (
      `a kink or jump: the slope from the left is ${formatNumber(kink.left)}, from the right ` +
      `${formatNumber(kink.right)}, so there is no single slope (as for abs(0) or relu(0))`
    );
  }
  if (!Number.isFinite(numeric)) {
    return "f is not finite close to this point on either side, so no finite difference could be formed";
  }
  return (
    `the derivative differs from the finite difference, which both one-sided differences confirm ` +
    `(${formatNumber(numeric)}): a derivative rule is wrong here`
  );
}
