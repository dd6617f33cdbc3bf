import { functionName } from "../internals/nodeFacts.js";
import type { Expression } from "../expression/Expression.js";
import { Variable } from "../expression/Variable.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { tapeOf } from "../autodiff/tape.js";
import { idOf } from "../simplify/structuralId.js";
import { toText } from "./toText.js";
import { toLatex } from "./toLatex.js";
import { PrintBudgetError } from "./PrintBudgetError.js";

/** Limits for printing: above `writtenOut` characters, shared parts get names; above the others, an error. */
export interface PrintBudget {
  /** Print the plain text when it is at most this long (estimated before printing). */
  readonly writtenOut: number;
  /** Most distinct nodes an expression may have to be printed at all. */
  readonly nodes: number;
  /** Most characters of the printed result, names and definitions included. */
  readonly characters: number;
}

export const DEFAULT_PRINT_BUDGET: PrintBudget = { writtenOut: 2_000, nodes: 200_000, characters: 2_000_000 };

/** An expression printed with each large shared part once: `main`, then `name = text` definitions. */
export interface SharedText {
  readonly main: string;
  /** In dependency order: each may use the names defined before it. Empty when the plain text was short. */
  readonly definitions: readonly { readonly name: string; readonly text: string }[];
}

/**
 * Prints `root` so the text never blows up, as SymPy's `cse` does: when the written-out text would be
 * longer than `budget.writtenOut`, every sub-expression used in more than one place (and longer than a
 * name) is printed once, under a name u1, u2, ..., and used by name. The size of the result is then linear
 * in the number of distinct nodes. Throws PrintBudgetError above `budget.nodes` or `budget.characters`.
 * @example toSharedText(parse("x^2")).main // "x ^ 2"
 */
export function toSharedText(
  root: Expression,
  budget: PrintBudget = DEFAULT_PRINT_BUDGET,
  format: "text" | "latex" = "text",
): SharedText {
  const { nodes, first, second } = tapeOf(root);
  if (nodes.length > budget.nodes) {
    throw new PrintBudgetError(
      `the expression has ${nodes.length.toLocaleString("en")} distinct nodes, over the printing limit of ` +
        `${budget.nodes.toLocaleString("en")}`,
      "nodes",
      nodes.length,
      budget.nodes,
    );
  }
  const print = format === "latex" ? toLatex : toText;
  // Equal sub-expressions are one, as in SymPy (its expressions are hash-consed): nodes with one structural id
  // are one structure, and only the first node of each structure (its representative) is looked at below.
  const structure = new Int32Array(nodes.length);
  const representative: number[] = [];
  const numbered = new Map<number, number>();
  for (let i = 0; i < nodes.length; i++) {
    const id = idOf(nodes[i]!);
    let number = numbered.get(id);
    if (number === undefined) {
      numbered.set(id, (number = representative.length));
      representative.push(i);
    }
    structure[i] = number;
  }
  // Written-out length, estimated per structure (operands' lengths plus a few characters), saturating; and
  // how many places (operands of distinct structures) use each structure.
  const count = representative.length;
  const length = new Float64Array(count);
  const uses = new Uint32Array(count);
  for (let s = 0; s < count; s++) {
    const i = representative[s]!;
    const node = nodes[i]!;
    let total = 6;
    if (node.children.length === 0) total = print(node).length;
    else if (node instanceof UnaryFunction) total = functionName(node).length + 2;
    for (const child of [first[i]!, second[i]!]) {
      if (child < 0) continue;
      total += length[structure[child]!]!;
      uses[structure[child]!]!++;
    }
    length[s] = total;
  }
  const top = structure[nodes.length - 1]!;
  if (length[top]! <= budget.writtenOut) return { main: print(root), definitions: [] };

  // Name every shared structure whose text is longer than a name would be; replace it by that name above it.
  const taken = new Set(root.variables());
  let counter = 0;
  const freshName = (): string => {
    let name: string;
    do name = `u${++counter}`;
    while (taken.has(name));
    return name;
  };
  const replaced: Expression[] = new Array<Expression>(count);
  const definitions: { name: string; text: string }[] = [];
  let characters = 0;
  for (let s = 0; s < count; s++) {
    const i = representative[s]!;
    const node = nodes[i]!;
    let rebuilt = node;
    if (node instanceof BinaryOperator) {
      const a = replaced[structure[first[i]!]!]!;
      const b = replaced[structure[second[i]!]!]!;
      if (a !== node.left || b !== node.right) rebuilt = node.withOperands(a, b);
    } else if (node instanceof UnaryFunction) {
      const u = replaced[structure[first[i]!]!]!;
      if (u !== node.operand) rebuilt = node.withOperand(u);
    }
    if (s !== top && uses[s]! >= 2 && node.children.length > 0 && length[s]! > 8) {
      const name = freshName();
      const text = print(rebuilt);
      characters += name.length + text.length + 4;
      if (characters > budget.characters) throw tooLong(characters, budget);
      definitions.push({ name, text });
      replaced[s] = new Variable(name);
    } else {
      replaced[s] = rebuilt;
    }
  }
  const main = print(replaced[top]!);
  if (characters + main.length > budget.characters) throw tooLong(characters + main.length, budget);
  return { main, definitions };
}

function tooLong(characters: number, budget: PrintBudget): PrintBudgetError {
  return new PrintBudgetError(
    `the printed expression would be over ${budget.characters.toLocaleString("en")} characters even with shared ` +
      `parts named once`,
    "characters",
    characters,
    budget.characters,
  );
}

/** The lines of a SharedText: the main text, then `where` and one `name = text` line per definition. */
export function sharedTextLines(shared: SharedText): string[] {
  if (shared.definitions.length === 0) return [shared.main];
  return [shared.main, "where", ...shared.definitions.map(({ name, text }) => `  ${name} = ${text}`)];
}
