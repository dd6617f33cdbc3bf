import type { Env } from "../../index.js";
import { ExitCode } from "../CliError.js";
import type { CommandResult } from "../CommandResult.js";
import { formatBindings, formatNumber } from "../formatNumber.js";
import type { Formula } from "../formulaInput.js";
import { formatTable } from "../formatTable.js";
import { valueAt } from "../valueAt.js";

/** Relative tolerance for agreement: central differences are good to about 1e-10 relative on smooth functions. */
export const CHECK_TOLERANCE = 1e-6;

/** One partial derivative checked three ways. */
export interface PartialCheck {
  readonly variable: string;
  /** From gradient(): one reverse-mode pass. */
  readonly reverse: number;
  /** From diff(): forward mode, the course's method. */
  readonly forward: number;
  /** (f(v + h) - f(v - h)) / 2h */
  readonly numeric: number;
  readonly step: number;
  readonly error: number;
  readonly agree: boolean;
}

/**
 * `autodiff check`: each partial derivative (reverse and forward mode) against central finite
 * differences, saying which agree. Exits 1 when any disagrees (e.g. at a kink such as relu(0)).
 * @example checkCommand(formula("x*y"), { x: 1, y: 2 }).json.agree // true
 */
export function checkCommand(formula: Formula, env: Env): CommandResult {
  const { expression, name } = formula;
  const value = valueAt(expression, env);
  const gradient = expression.gradient(env);
  const partials: PartialCheck[] = expression.variables().map((variable) => {
    const at = env[variable]!;
    // h near the cube root of machine epsilon balances truncation (h^2) against rounding (eps / h).
    const step = 6e-6 * Math.max(1, Math.abs(at));
    const f = (v: number): number => expression.eval({ ...env, [variable]: v });
    const numeric = (f(at + step) - f(at - step)) / (2 * step);
    const reverse = gradient[variable]!;
    const forward = expression.diff(env, variable);
    const scale = Math.max(1, Math.abs(reverse), Math.abs(numeric));
    const error = Math.max(Math.abs(reverse - numeric), Math.abs(forward - numeric));
    const agree = Number.isFinite(error) && error <= CHECK_TOLERANCE * scale;
    return { variable, reverse, forward, numeric, step, error, agree };
  });
  const agree = partials.every((partial) => partial.agree);

  const rows = partials.map((p) => [
    `d${name}/d${p.variable}`,
    formatNumber(p.reverse),
    formatNumber(p.forward),
    formatNumber(p.numeric),
    p.error.toExponential(1),
    p.agree ? "yes" : "NO",
  ]);
  const disagreeing = partials.filter((p) => !p.agree).map((p) => p.variable);
  const verdict =
    partials.length === 0
      ? "no variables: nothing to check"
      : agree
        ? `${partials.length === 1 ? "the partial derivative agrees" : `all ${partials.length} partial derivatives agree`} with central differences (relative tolerance ${CHECK_TOLERANCE.toExponential(0)})`
        : `disagree: ${disagreeing.join(", ")} (a kink or discontinuity, such as abs(0) or relu(0), has no single slope)`;
  const text = [
    `checking ${name} = ${expression.toString()}  at ${formatBindings(env)}`,
    "",
    formatTable(["partial", "reverse mode", "forward mode", "central difference", "|error|", "agree"], rows),
    "",
    verdict,
  ].join("\n");
  return {
    json: { expression: expression.toString(), at: env, value, tolerance: CHECK_TOLERANCE, partials, agree },
    text,
    exitCode: agree ? ExitCode.ok : ExitCode.evaluation,
  };
}
