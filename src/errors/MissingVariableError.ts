import { GradkitError } from "./GradkitError.js";

/**
 * Thrown when an expression needs a variable that `env` does not give.
 * @example new MissingVariableError("y", ["x", "z"]).message // 'No value for variable "y" (env has: x, z)'
 */
export class MissingVariableError extends GradkitError {
  constructor(
    readonly variable: string,
    readonly available: readonly string[],
  ) {
    const has = available.length > 0 ? `env has: ${available.join(", ")}` : "env is empty";
    super(`No value for variable "${variable}" (${has})`);
  }
}
