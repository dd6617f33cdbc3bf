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

// The messages the engine's sweeps give, kept here so the sweeps read as the maths they do.

/** A node with operands that gives no rules: it must extend UnaryFunction or BinaryOperator. */
export function noRulesFor(node: object, arity: number): UnsupportedNodeError {
  const name = node.constructor.name;
  if (arity > 2) return new UnsupportedNodeError(name, `${name} has ${arity} children; nodes take at most 2`);
  const base = arity === 1 ? "UnaryFunction" : "BinaryOperator";
  return new UnsupportedNodeError(name, `${name} declares ${arity} children: extend ${base}`);
}

/** A leaf that is neither a Constant nor a Variable and does not override `method`. */
export function mustOverride(node: object, method: string): UnsupportedNodeError {
  const name = node.constructor.name;
  return new UnsupportedNodeError(name, `${name} must override ${method}, or extend UnaryFunction or BinaryOperator`);
}

/** A course-style node (it overrides eval and diff) met by gradient(), which needs to see its operands. */
export function cannotSeeInside(node: object): UnsupportedNodeError {
  const name = node.constructor.name;
  return new UnsupportedNodeError(
    name,
    `gradient() cannot see inside ${name}: it declares no children (use diff() per variable, ` +
      "or extend UnaryFunction or BinaryOperator)",
  );
}
