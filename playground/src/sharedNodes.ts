import { BinaryOperator, type Expression, UnaryFunction } from "../../src/index.js";

/**
 * The same expression with one node per distinct subexpression: every `x` is the same leaf, and a part
 * written twice (`sin(x)` in `x * sin(x) + sin(x)`) is one node used twice. This is the graph micrograd draws
 * (one `Value` per variable, its grad collected with `+=` from every use): `explain` on the result has one
 * row per node, one contribution per use, and a node's adjoint is the sum of them.
 *
 * parse() builds a new leaf for every occurrence; the tape shares nodes by identity, so sharing the objects
 * is all it takes. Walks with an explicit stack: a sum of 100,000 terms is a chain that deep.
 * @example explain(sharedNodes(parse("x * sin(x) + x")), { x: 2 }).steps.filter((s) => s.operation === "x").length // 1
 */
export function sharedNodes(root: Expression): Expression {
  const classIds = new Map<unknown, number>();
  const byKey = new Map<string, Expression>();
  const shared = new Map<Expression, Expression>();
  const ids = new Map<Expression, number>();
  const stack: Expression[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    if (shared.has(node)) {
      stack.pop();
      continue;
    }
    const children = node.children;
    const pending = children.filter((child) => !shared.has(child));
    if (pending.length > 0) {
      stack.push(...pending);
      continue;
    }
    stack.pop();
    const operands = children.map((child) => shared.get(child)!);
    // by class object, not class name: a minified build may give two classes the same short name
    let classId = classIds.get(node.constructor);
    if (classId === undefined) classIds.set(node.constructor, (classId = classIds.size));
    const key = `${classId}|${JSON.stringify(node.attributes)}|${operands.map((operand) => ids.get(operand)).join(",")}`;
    let one = byKey.get(key);
    if (one === undefined) {
      one = rebuilt(node, operands);
      byKey.set(key, one);
      ids.set(one, byKey.size);
    }
    shared.set(node, one);
  }
  return shared.get(root)!;
}

/** `node` over `operands`, or `node` itself when its operands are already those. */
function rebuilt(node: Expression, operands: readonly Expression[]): Expression {
  const children = node.children;
  if (operands.every((operand, k) => operand === children[k])) return node;
  if (node instanceof BinaryOperator) return node.withOperands(operands[0]!, operands[1]!);
  if (node instanceof UnaryFunction) return node.withOperand(operands[0]!);
  return node; // a node of another shape is kept as written (its operands are not shared)
}
