import { parse, type Expression } from "../../src/index.js";

/**
 * The node count both sides of the SymPy comparison are measured by: the text is read by gradkit's own
 * parser, and every node of the resulting tree is counted (a shared subtree as often as it is written).
 * So `-x*y`, `x/2` and `sqrt(x)` count the same whichever side printed them: 4, 3 and 2 nodes.
 */
export function corpusNodeCount(text: string): number {
  let count = 0;
  const stack: Expression[] = [parse(text)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count++;
    stack.push(...node.children);
  }
  return count;
}
