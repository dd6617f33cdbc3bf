import { GradkitError } from "./GradkitError.js";

/**
 * Thrown when a node cannot do what was asked: a course-style node that only overrides `eval` and
 * `diff` has no children the engine can see into, so `gradient()` and `derivative()` cannot use it;
 * a node that overrides nothing cannot even be evaluated.
 * @example
 * new UnsupportedNodeError("Square", "gradient() cannot see inside Square: ...").node // "Square"
 */
export class UnsupportedNodeError extends GradkitError {
  constructor(
    /** The class name of the node. */
    readonly node: string,
    message: string,
  ) {
    super(message);
  }
}
