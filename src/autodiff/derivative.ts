import type { Expression } from "../expression/Expression.js";
import { BinaryOperator } from "../expression/BinaryOperator.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { add, div, finish, isZero, mul, one, zero } from "../simplify/build.js";
import { Power } from "../expression/operators/Power.js";
import { NaturalLog } from "../expression/functions/NaturalLog.js";
import { tapeOf } from "./tape.js";
import { simplify } from "../simplify/simplify.js";
import { UnsupportedNodeError } from "../errors/UnsupportedNodeError.js";

/**
 * Symbolic differentiation: d(node)/d(wrt) as a new Expression, for every node in evaluation order.
 *
 * Chain rule, written once: d(node) = sum over operands c of (d node / d c) * dc, with each node's
 * local partials from its own class. Terms with dc = 0 are skipped (so the exponent partial of x^2 is
 * never built), and the simplifying constructors keep the result small. Each node's derivative is built
 * once and shared, so the result is a graph of size linear in the input, never an unfolded tree.
 */
export function derivative(root: Expression, wrt: string): Expression {
  // Simplify the input first: its subtrees reappear inside the result (d sin(u) = cos(u) du), so an
  // unsimplified u would print as-is, e.g. step(x * 1) instead of step(x).
  const { nodes, first, second } = tapeOf(simplify(root));
  const d: Expression[] = new Array<Expression>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node instanceof UnaryFunction) {
      const du = d[first[i]!]!;
      d[i] = isZero(du) ? du : mul(du, node.outerDerivative());
    } else if (node instanceof BinaryOperator) {
      const da = d[first[i]!]!;
      const db = d[second[i]!]!;
      // 0^v is 0 wherever it is defined (v > 0): no slope in v (as forward mode), not 0^v ln(0) = NaN
      if (node instanceof Power && isZero(node.left)) {
        d[i] = zero();
        continue;
      }
      if (node instanceof Power && !isZero(da) && !isZero(db)) {
        // u^v with both varying, as SymPy writes it: u^v (v' ln(u) + v u' / u)
        d[i] = mul(node, add(mul(db, new NaturalLog(node.left)), mul(da, div(node.right, node.left))));
        continue;
      }
      // written as the textbook does: (uv)' = u'v + uv'
      const viaLeft = isZero(da) ? da : mul(da, node.partialDerivative(0));
      const viaRight = isZero(db) ? db : mul(node.partialDerivative(1), db);
      d[i] = add(viaLeft, viaRight);
    } else if (node.children.length === 0) {
      if (node.variableName !== undefined) d[i] = node.variableName === wrt ? one() : zero();
      else if (node.isConstant) d[i] = zero();
      else {
        const name = node.constructor.name;
        throw new UnsupportedNodeError(name, `derivative() cannot see inside ${name}: it declares no children (extend UnaryFunction or BinaryOperator)`);
      }
    } else {
      const name = node.constructor.name;
      throw new UnsupportedNodeError(name, `derivative() needs ${name} to extend UnaryFunction or BinaryOperator`);
    }
  }
  // long sums grow by appending while the derivative is built; put them in order once (linear)
  return finish(d[nodes.length - 1]!);
}
