import { readNumber, variableNameProblem } from "../parse/literals.js";
import { CliError, ExitCode } from "./CliError.js";

const EXAMPLE = "write name=value pairs separated by commas, e.g. --at x=2,y=-3.5 (or repeat --at)";

/**
 * The values given with `--at`, each flag holding `name=value` pairs separated by commas. Names and
 * numbers follow the formula parser's rules (src/parse/literals.ts), so `--at` accepts exactly the
 * variables a formula can hold (`Δx=2`) and the numbers it can hold (not `Infinity`, `0x10` or `1_000`).
 * Throws a usage CliError naming the malformed part, or a name bound twice.
 * @example parseBindings(["x=2,y=-3.5", "z=1e-3"]) // { x: 2, y: -3.5, z: 0.001 }
 */
export function parseBindings(flags: readonly string[]): Record<string, number> {
  const env: Record<string, number> = {};
  for (const flag of flags) {
    for (const rawPart of flag.split(",")) {
      const part = rawPart.trim();
      if (part === "") {
        throw malformed(`empty binding in --at "${flag}"`);
      }
      const equals = part.indexOf("=");
      if (equals < 0) throw malformed(`binding "${part}" has no "=" (expected name=value)`);
      const name = part.slice(0, equals).trim();
      const text = part.slice(equals + 1).trim();
      if (name === "") throw malformed(`binding "${part}" has no variable name before "="`);
      const problem = variableNameProblem(name);
      if (problem !== undefined) throw malformed(`binding "${part}": "${name}" is not a variable name: ${problem}`);
      if (text === "") throw malformed(`binding "${part}" has no value after "="`);
      // a sign belongs to the value here; in a formula it is an operator
      const value = readNumber(text.replace(/^[+-]/, ""));
      if (typeof value === "string") throw malformed(`binding "${part}": "${text}" is not a number: ${value}`);
      // own properties only: "toString" or "constructor" is a variable name, not Object.prototype's
      if (Object.hasOwn(env, name)) {
        throw malformed(`variable "${name}" is given twice in --at (${name}=${env[name]} and ${part})`);
      }
      // defined, not assigned: assigning to "__proto__" would change the prototype and lose the value
      const signed = text.startsWith("-") ? -value : value;
      Object.defineProperty(env, name, { value: signed, enumerable: true, writable: true, configurable: true });
    }
  }
  return env;
}

function malformed(message: string): CliError {
  return new CliError(message, EXAMPLE, ExitCode.usage);
}
