import type { Env, Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { tapeOf } from "../autodiff/tape.js";
import { backwardSweep } from "../autodiff/sweeps.js";
import { Numbers, forwardValues } from "../autodiff/numbers.js";
import { sortedRecord } from "../internals/sortedRecord.js";
import { OPERATORS } from "../printing/precedence.js";
import { nodeText } from "../printing/toText.js";

/** One node of the computational graph, as `explain` shows it. */
export interface ExplainStep {
  /** Position in evaluation order, 1-based: the node is called `n${index}`. */
  readonly index: number;
  readonly label: string;
  readonly kind: "variable" | "constant" | "function" | "operator" | "leaf";
  /** The operation on the input nodes' labels: `n1 * n2`, `sin(n3)`, or the leaf itself: `x`, `2`. */
  readonly operation: string;
  /** The subexpression this node computes, e.g. `x * w - y`. */
  readonly expression: string;
  /** Indexes of the input nodes, left to right. */
  readonly inputs: readonly number[];
  /** Forward pass: the node's value. */
  readonly value: number;
  /** Local derivatives d(node)/d(input), one per input; null for an input that is a constant (never needed). */
  readonly local: readonly (number | null)[];
  /** Backward pass: d(output)/d(node); null for nodes that hold only constants (nothing flows into them). */
  readonly adjoint: number | null;
  /** How the adjoint was summed: one term per use of this node, parent adjoint times local derivative. */
  readonly contributions: readonly { readonly from: number; readonly adjoint: number; readonly local: number }[];
}

/** The whole forward and backward pass of one expression at one point. */
export interface Explanation {
  readonly steps: readonly ExplainStep[];
  /** The output's value (the last step's). */
  readonly value: number;
  /** d(output)/d(variable) for every variable: the sum of the adjoints of its leaves. */
  readonly gradient: Record<string, number>;
}

const EXPRESSION_TEXT_LIMIT = 40;

/**
 * Reverse-mode differentiation laid open, one step per node of the graph in evaluation order: the
 * forward value, the local derivative(s) with respect to each input, and the adjoint d(output)/d(node)
 * that the backward pass accumulates. The worked example of the course kit and `autodiff explain`.
 * @example
 * const { steps, gradient } = explain(parse("(x*w - y)^2"), { x: 1, w: 1, y: 2 });
 * gradient.w;            // -2
 * steps.map((s) => s.operation); // ["x", "w", "n1 * n2", "y", "n3 - n4", "2", "n5 ^ n6"]
 */
export function explain(root: Expression, env: Env): Explanation {
  const tape = tapeOf(root);
  const { nodes, arity, first, second, varies } = tape;
  const n = nodes.length;
  const values = forwardValues(tape, env);
  const inputsOf = (i: number): number[] =>
    arity[i] === 0 ? [] : arity[i] === 1 ? [first[i]!] : [first[i]!, second[i]!];

  // Local derivatives, only toward inputs that vary (as the engine does: the exponent partial of x^2
  // would be x^2 log(x), NaN for negative x, and is never needed).
  const rule = new Numbers(tape, values);
  const local = nodes.map((_, i) => inputsOf(i).map((c, k) => (varies[c] === 1 ? rule.partial(i, k as 0 | 1) : null)));
  // The backward sweep gradient() uses; then the terms it passed down, in the order it passed them.
  backwardSweep(tape, rule);
  const adjoints = rule.adjoints;
  const contributions = nodes.map((): ExplainStep["contributions"][number][] => []);
  for (let i = n - 1; i >= 0; i--) {
    if (varies[i] === 0 || adjoints[i] === 0) continue;
    inputsOf(i).forEach((c, k) => {
      if (varies[c] === 1) contributions[c]!.push({ from: i + 1, adjoint: adjoints[i]!, local: local[i]![k]! });
    });
  }

  // Printing every subtree is quadratic on deep trees; past a few hundred leaves the text would be
  // cut to EXPRESSION_TEXT_LIMIT anyway, so only small subtrees are printed.
  const size = new Float64Array(n);
  for (let i = 0; i < n; i++) size[i] = 1 + inputsOf(i).reduce((sum, j) => sum + size[j]!, 0);

  // a Map, as in gradient(): a variable may be called "__proto__"
  const gradient = new Map<string, number>();
  const steps = nodes.map((node, i): ExplainStep => {
    if (node instanceof Variable) gradient.set(node.name, (gradient.get(node.name) ?? 0) + adjoints[i]!);
    const inputs = inputsOf(i);
    return {
      index: i + 1,
      label: `n${i + 1}`,
      kind: kindOf(node),
      operation: nodeText(
        node,
        inputs.map((j) => `n${j + 1}`),
      ),
      expression: size[i]! <= 200 ? shorten(node.toString()) : `(${size[i]} nodes)`,
      inputs: inputs.map((j) => j + 1),
      value: values[i]!,
      local: local[i]!,
      adjoint: varies[i] === 1 || i === n - 1 ? adjoints[i]! : null,
      contributions: i === n - 1 ? [] : contributions[i]!,
    };
  });
  return { steps, value: values[n - 1]!, gradient: sortedRecord(gradient) };
}

function kindOf(node: Expression): ExplainStep["kind"] {
  if (node instanceof Variable) return "variable";
  if (node instanceof Constant) return "constant";
  if (OPERATORS.has(node.constructor)) return "operator";
  return node instanceof UnaryFunction ? "function" : node.children.length === 2 ? "operator" : "leaf";
}

function shorten(text: string): string {
  return text.length <= EXPRESSION_TEXT_LIMIT ? text : `${text.slice(0, EXPRESSION_TEXT_LIMIT - 3)}...`;
}
