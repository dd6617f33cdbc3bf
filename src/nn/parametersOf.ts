import type { Env, Expression } from "../expression/Expression.js";
import { tapeOf } from "../autodiff/tape.js";
import { GradientError } from "./GradientError.js";
import { holdsGradient, type GradientHolder } from "./gradientHolder.js";

/**
 * The parameters (Parameter leaves) of an expression by name, each once. Two different parameter
 * objects with the same name would share one gradient (the engine goes by name), which is never what
 * was meant: that is a GradientError naming them.
 */
export function parametersOf(expression: Expression): Map<string, GradientHolder> {
  const found = new Map<string, GradientHolder>();
  for (const node of tapeOf(expression).nodes) {
    if (!holdsGradient(node)) continue;
    const seen = found.get(node.name);
    if (seen === undefined) found.set(node.name, node);
    else if (seen !== node) {
      throw new GradientError(
        `Two different parameters are named "${node.name}" (values ${seen.value} and ${node.value}): give each ` +
          `parameter its own name`,
      );
    }
  }
  return found;
}

/** The parameters' current values as an env, e.g. `{ w: 0.5, b: 0 }`. */
export function valuesOf(parameters: ReadonlyMap<string, GradientHolder>): Env {
  // a null-prototype object: a parameter may be called "constructor"
  const env: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [name, p] of parameters) env[name] = p.value;
  return env;
}
