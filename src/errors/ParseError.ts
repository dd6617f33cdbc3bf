import { GradkitError } from "./GradkitError.js";

/**
 * A formula that could not be read. `position` is 0-based into `formula` (a caret goes under it);
 * `expected` says what would have been valid there.
 */
export class ParseError extends GradkitError {
  constructor(
    message: string,
    readonly formula: string,
    readonly position: number,
    readonly expected?: string,
    /** For an unknown function: the ones that are supported. */
    readonly supported?: readonly string[],
    /** The formula as the student most likely meant it (`sin(x)^2` for `sin^2(x)`), when that is clear. */
    readonly suggestion?: string,
  ) {
    super(message);
  }

  /** The formula with a caret under the position, for terminals. */
  pointer(): string {
    return `${this.formula}\n${" ".repeat(Math.max(0, this.position))}^`;
  }
}
