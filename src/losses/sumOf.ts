import type { Expression } from "../expression/Expression.js";
import { Constant } from "../expression/Constant.js";

/** e0 + e1 + ... as one expression (0 for none). Internal helper of the loss builders. */
export function sumOf(terms: readonly Expression[]): Expression {
  const [first, ...rest] = terms;
  if (first === undefined) return new Constant(0);
  return rest.reduce((sum, term) => sum.add(term), first);
}

/** The mean of per-row terms: (e0 + e1 + ...) / n. */
export function meanOf(terms: readonly Expression[]): Expression {
  return terms.length === 1 ? (terms[0] as Expression) : sumOf(terms).div(terms.length);
}
