import type { Expression } from "../expression/Expression.js";

/**
 * Same shape, same classes, same attributes (constant values, variable names, slopes), compared with
 * an explicit stack so deep trees are fine. Constants compare with Object.is, so NaN equals NaN.
 */
export function structurallyEqual(a: Expression, b: Expression): boolean {
  const pairs: [Expression, Expression][] = [[a, b]];
  // Each pair is compared once: derivatives share subtrees, and without this a shared graph n levels
  // deep would unfold into 2^n comparisons.
  const seen = new Map<Expression, Set<Expression>>();
  while (pairs.length > 0) {
    const [x, y] = pairs.pop()!;
    if (x === y) continue;
    let partners = seen.get(x);
    if (partners === undefined) seen.set(x, (partners = new Set()));
    if (partners.has(y)) continue;
    partners.add(y);
    if (x.constructor !== y.constructor) return false;
    const ax = x.attributes;
    const ay = y.attributes;
    if (ax.length !== ay.length || ax.some((value, k) => !Object.is(value, ay[k]))) return false;
    const cx = x.children;
    const cy = y.children;
    if (cx.length !== cy.length) return false;
    for (let k = 0; k < cx.length; k++) pairs.push([cx[k]!, cy[k]!]);
  }
  return true;
}
