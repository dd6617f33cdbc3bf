import { CliError, ExitCode } from "./CliError.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Decimal with optional exponent: 2, -3.5, .5, 1e-3, 2.5E+2. Nothing else (no hex, no "Infinity").
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const EXAMPLE = "write name=value pairs separated by commas, e.g. --at x=2,y=-3.5 (or repeat --at)";

/**
 * The values given with `--at`, each flag holding `name=value` pairs separated by commas.
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
      if (!NAME.test(name)) throw malformed(`binding "${part}": "${name}" is not a variable name`);
      if (text === "") throw malformed(`binding "${part}" has no value after "="`);
      if (!NUMBER.test(text)) throw malformed(`binding "${part}": "${text}" is not a number`);
      // own properties only: "toString" or "constructor" is a variable name, not Object.prototype's
      if (Object.hasOwn(env, name)) {
        throw malformed(`variable "${name}" is given twice in --at (${name}=${env[name]} and ${part})`);
      }
      const value = Number(text);
      if (!Number.isFinite(value)) throw malformed(`binding "${part}": ${text} is too large for a double`);
      // defined, not assigned: assigning to "__proto__" would change the prototype and lose the value
      Object.defineProperty(env, name, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return env;
}

function malformed(message: string): CliError {
  return new CliError(message, EXAMPLE, ExitCode.usage);
}
