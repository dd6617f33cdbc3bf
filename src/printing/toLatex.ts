import type { Expression } from "../expression/Expression.js";

export function toLatex(root: Expression): string {
  void root;
  throw new Error("toLatex: being written");
}
