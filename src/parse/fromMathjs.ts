import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";
import { Variable } from "../expression/Variable.js";
import { Addition } from "../expression/operators/Addition.js";
import { Subtraction } from "../expression/operators/Subtraction.js";
import { Multiplication } from "../expression/operators/Multiplication.js";
import { Division } from "../expression/operators/Division.js";
import { Power } from "../expression/operators/Power.js";
import { Negation } from "../expression/operators/Negation.js";
import { ParseError } from "../errors/ParseError.js";
import type { MathjsNode } from "#mathjs-parser";
import { FUNCTION_RULES } from "./supportedFunctions.js";
import { NAMED_CONSTANTS } from "./literals.js";

const BINARY: Readonly<Record<string, new (left: Expression, right: Expression) => Expression>> = {
  add: Addition,
  subtract: Subtraction,
  multiply: Multiplication,
  divide: Division,
  pow: Power,
};

interface Task {
  readonly node: MathjsNode;
  /** Set once the operands are queued: the next visit builds the node from their results. */
  readonly operands?: number;
  /** For a function call: its index among the formula's calls, in source order. */
  readonly call?: number;
}

/**
 * Our nodes for a mathjs tree, built with an explicit stack (a sum of 100,000 terms is a chain that
 * deep). `calls` are the positions of the formula's function calls, in source order: a pre-order
 * walk meets the calls in that same order, which is how an error finds its position.
 */
export function fromMathjs(root: MathjsNode, formula: string, calls: readonly number[]): Expression {
  const fail = (position: number, message: string, expected?: string): never => {
    throw new ParseError(message, formula, position, expected);
  };
  const results: Expression[] = [];
  const tasks: Task[] = [{ node: root }];
  let callsSeen = 0;

  while (tasks.length > 0) {
    const task = tasks.pop()!;
    const node = task.node;

    if (task.operands !== undefined) {
      const operands = results.splice(results.length - task.operands, task.operands);
      results.push(build(node, operands, task.call, calls, fail));
      continue;
    }

    const leaf = leafOf(node, fail);
    if (leaf !== undefined) {
      results.push(leaf);
      continue;
    }
    const operands = operandsOf(node, fail);
    const call = node.type === "FunctionNode" ? callsSeen++ : undefined;
    tasks.push(call === undefined ? { node, operands: operands.length } : { node, operands: operands.length, call });
    // pushed right to left, so the leftmost operand is converted first: pre-order, source order
    for (let k = operands.length - 1; k >= 0; k--) tasks.push({ node: operands[k]! });
  }
  return results[0]!;
}

/** The node for a leaf, or undefined when `node` has operands. A negated literal is a leaf: -3 is Constant(-3). */
function leafOf(node: MathjsNode, fail: (position: number, message: string) => never): Expression | undefined {
  if (node.type === "ConstantNode") return new Constant(numberOf(node, fail));
  if (node.type === "SymbolNode") {
    const name = node.name ?? "";
    const constant = NAMED_CONSTANTS.get(name);
    return constant === undefined ? new Variable(name) : new Constant(constant.value, constant.symbol);
  }
  if (node.type === "OperatorNode" && node.fn === "unaryMinus") {
    const operand = node.args?.[0];
    // Only the literal "-3": "-(3)" stays a Negation, so every tree prints and reads back the same.
    if (operand?.type === "ConstantNode") return new Constant(-numberOf(operand, fail));
  }
  return undefined;
}

function numberOf(node: MathjsNode, fail: (position: number, message: string) => never): number {
  if (typeof node.value !== "number") return fail(0, `Not a number: ${String(node.value)}`);
  return node.value;
}

function operandsOf(node: MathjsNode, fail: (position: number, message: string) => never): readonly MathjsNode[] {
  if (node.type === "ParenthesisNode" && node.content !== undefined) return [node.content];
  if ((node.type === "OperatorNode" || node.type === "FunctionNode") && node.args !== undefined) return node.args;
  // guardFormula refuses what would produce any other node; this is the backstop
  return fail(0, `Unsupported construct in the formula (mathjs ${node.type})`);
}

function build(
  node: MathjsNode,
  operands: Expression[],
  call: number | undefined,
  calls: readonly number[],
  fail: (position: number, message: string, expected?: string) => never,
): Expression {
  if (node.type === "ParenthesisNode") return operands[0]!;
  if (node.type === "FunctionNode") {
    const name = typeof node.fn === "object" ? (node.fn.name ?? "") : "";
    const position = calls[call ?? 0] ?? 0;
    const rule = FUNCTION_RULES[name];
    if (rule === undefined || !Object.hasOwn(FUNCTION_RULES, name)) {
      return fail(position, `Unknown function "${name}" at ${position}`, "a supported function");
    }
    const [min, max] = rule.arguments;
    if (operands.length < min || operands.length > max) {
      const count = `${operands.length} argument${operands.length === 1 ? "" : "s"}`;
      return fail(position, `Function "${name}" at ${position} got ${count}: write ${rule.usage}`, rule.usage);
    }
    const built = rule.build(operands);
    if (typeof built === "string") return fail(position, `Function "${name}" at ${position}: ${built}`, rule.usage);
    return built;
  }
  const fn = typeof node.fn === "string" ? node.fn : "";
  if (fn === "unaryMinus") return new Negation(operands[0]!);
  if (fn === "unaryPlus") return operands[0]!;
  const Binary = BINARY[fn];
  if (Binary !== undefined && Object.hasOwn(BINARY, fn) && operands.length === 2) {
    return new Binary(operands[0]!, operands[1]!);
  }
  return fail(0, `Unsupported operator "${node.op ?? fn}" (supported: + - * / ^)`, "+ - * / ^");
}
