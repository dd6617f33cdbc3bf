import { GradkitError } from "../errors/GradkitError.js";

/**
 * Thrown when an expression cannot be compiled: a variable without an input slot, a node compile()
 * cannot see inside, or a node whose `emit()` produced code that is not a plain arithmetic expression.
 * @example compile(x.mul(y), { variables: ["x"] }) // CompileError: The expression uses variable "y", ...
 */
export class CompileError extends GradkitError {}
