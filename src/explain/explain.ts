import type { Env, Expression } from "../expression/Expression.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { Constant } from "../expression/Constant.js";
import { Negation } from "../expression/operators/Negation.js";
import { forwardValues } from "../autodiff/evaluate.js";
import { tapeOf } from "../autodiff/tape.js";
import { times } from "../autodiff/forwardDiff.js";
import { sortedRecord } from "../internals/sortedRecord.js";
import { numberText } from "../printing/toText.js";

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
  const { nodes, arity, first, second, varies, unary, binary } = tape;
  const n = nodes.length;
  const values = forwardValues(tape, env);

  const inputsOf = (i: number): number[] =>
    arity[i] === 0 ? [] : arity[i] === 1 ? [first[i]!] : [first[i]!, second[i]!];

  // Local derivatives, computed only toward inputs that vary (as the engine does: the exponent
  // partial of x^2 would be x^2 log(x), NaN for negative x, and is never needed).
  const local: (number | null)[][] = new Array<(number | null)[]>(n);
  const pair = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    const inputs = inputsOf(i);
    if (arity[i] === 1) {
      const u = inputs[0]!;
      local[i] = [varies[u] === 1 ? unary[i]!.outer(values[u]!, values[i]!) : null];
    } else if (arity[i] === 2) {
      const [a, b] = [inputs[0]!, inputs[1]!];
      if (varies[a] === 1 || varies[b] === 1) binary[i]!.partials(values[a]!, values[b]!, values[i]!, pair);
      local[i] = [varies[a] === 1 ? pair[0]! : null, varies[b] === 1 ? pair[1]! : null];
    } else {
      local[i] = [];
    }
  }

  // Backward pass: seed the output with 1, then walk in reverse, each node passing its adjoint times
  // the local derivative to its inputs.
  const adjoints = new Float64Array(n);
  adjoints[n - 1] = 1;
  const contributions: { from: number; adjoint: number; local: number }[][] = nodes.map(() => []);
  for (let i = n - 1; i >= 0; i--) {
    const inputs = inputsOf(i);
    for (let k = 0; k < inputs.length; k++) {
      const input = inputs[k]!;
      const slope = local[i]![k];
      if (slope === null || slope === undefined) continue;
      // += not =: a node used twice (x * x) collects adjoint from both uses; `times` as in gradient()
      adjoints[input]! += times(slope, adjoints[i]!);
      contributions[input]!.push({ from: i + 1, adjoint: adjoints[i]!, local: slope });
    }
  }

  // Printing every subtree is quadratic on deep trees; past a few hundred leaves the text would be
  // cut to EXPRESSION_TEXT_LIMIT anyway, so only small subtrees are printed.
  const size = new Float64Array(n);
  for (let i = 0; i < n; i++) size[i] = 1 + inputsOf(i).reduce((sum, j) => sum + size[j]!, 0);

  const labels: string[] = new Array<string>(n);
  const steps: ExplainStep[] = [];
  // a Map, as in gradient(): a variable may be called "__proto__"
  const gradient = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    labels[i] = `n${i + 1}`;
    const inputs = inputsOf(i);
    const name = node.variableName;
    if (name !== undefined) gradient.set(name, (gradient.get(name) ?? 0) + adjoints[i]!);
    steps.push({
      index: i + 1,
      label: labels[i]!,
      kind: kindOf(node),
      operation: operationOf(node, inputs.map((j) => labels[j]!)),
      expression: size[i]! <= 200 ? shorten(node.toString()) : `(${size[i]} nodes)`,
      inputs: inputs.map((j) => j + 1),
      value: values[i]!,
      local: local[i]!,
      adjoint: varies[i] === 1 || i === n - 1 ? adjoints[i]! : null,
      contributions: i === n - 1 ? [] : contributions[i]!,
    });
  }
  return { steps, value: values[n - 1]!, gradient: sortedRecord(gradient) };
}

function kindOf(node: Expression): ExplainStep["kind"] {
  if (node.variableName !== undefined) return "variable";
  if (node instanceof Constant) return "constant";
  if (node instanceof BinaryOperator) return "operator";
  if (node instanceof UnaryFunction) return node instanceof Negation ? "operator" : "function";
  return "leaf";
}

function operationOf(node: Expression, inputs: readonly string[]): string {
  if (node instanceof BinaryOperator) return `${inputs[0]} ${node.symbol} ${inputs[1]}`;
  if (node instanceof Negation) return `-${inputs[0]}`;
  if (node instanceof UnaryFunction) return `${node.name}(${inputs[0]})`;
  if (node instanceof Constant) return node.symbol ?? numberText(node.value);
  return node.variableName ?? node.constructor.name;
}

function shorten(text: string): string {
  return text.length <= EXPRESSION_TEXT_LIMIT ? text : `${text.slice(0, EXPRESSION_TEXT_LIMIT - 3)}...`;
}
