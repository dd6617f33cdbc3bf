import type { Expression } from "../expression/Expression.js";
import type { UnaryFunction } from "../expression/UnaryFunction.js";
import { Constant } from "../expression/Constant.js";
import { Negation } from "../expression/operators/Negation.js";
import { Exponential } from "../expression/functions/Exponential.js";
import { NaturalLog } from "../expression/functions/NaturalLog.js";
import { Linear } from "../expression/functions/Linear.js";
import { AbsoluteValue } from "../expression/functions/AbsoluteValue.js";
import { SquareRoot } from "../expression/functions/SquareRoot.js";
import { Sign } from "../expression/functions/Sign.js";
import {
  HALF,
  coefficientNode,
  exactValue,
  foldsTo,
  multiplyNodes,
  numberNode,
  plainValue,
  powerNodes,
  productNode,
  productOf,
} from "./canonical.js";
import { magnitude, sign, floatOf } from "./rational.js";
import { isPositive } from "./isPositive.js";

/**
 * f(u), canonical: log(exp(u)) -> u and log(e^u) -> u (true for every real u), log(e) -> 1; exp(log(u)) -> u
 * only where u > 0 is certain (1 + exp(x), say), so no point where the input is undefined becomes defined;
 * linear(u) -> u; abs(abs(u)) -> abs(u); |c u| -> |c| |u|, sign(c u) -> sign(c) sign(u); sqrt(u) is u^(1/2)
 * (so it merges with other powers of u); f(number) is folded when the value is a whole number (sin(0) -> 0,
 * exp(0) -> 1, log(1) -> 0, sqrt(4) -> 2) or the argument is a float (tanh(0.5), as SymPy evaluates functions of
 * floats); f of a whole number or a fraction stays (sin(2), exp(-1/2)).
 */
export function applyFunction(f: UnaryFunction, operand: Expression): Expression {
  if (f instanceof Negation) return multiplyNodes(numberNode(-1), operand);
  if (f instanceof Linear) return operand;
  const value = exactValue(operand);
  if (value !== undefined) {
    // as SymPy: exact results always (sin(0) -> 0); f of a float is evaluated (tanh(0.5) -> 0.46211715726000974),
    // while f of a whole number or a fraction stays exact (sin(2) and sin(1/2) stay)
    const result = f.compute(floatOf(value));
    if (foldsTo(value, result) && !Object.is(result, -0)) return numberNode(result);
  }
  // |u| -> u where u >= 0 for every real: u^2, u^4, ..., exp(u), ...
  if (f instanceof AbsoluteValue && (isPositive(operand) || isEvenPower(operand))) return operand;
  // |c u| -> |c| |u| and sign(c u) -> sign(c) sign(u), for a number c
  if (f instanceof AbsoluteValue || f instanceof Sign) {
    const p = productOf(operand);
    if (p.coefficient !== 1 && p.coefficient !== 0 && p.factors.length > 0) {
      const rest = productNode({ coefficient: 1, factors: p.factors });
      const outer = f instanceof AbsoluteValue ? magnitude(p.coefficient) : sign(p.coefficient);
      // f(rest) through these rules again: |2 x^2| -> 2 x^2, not 2 |x^2| (which simplify() would rewrite)
      return multiplyNodes(coefficientNode(outer), applyFunction(f, rest));
    }
  }
  if (f instanceof NaturalLog && operand instanceof Exponential) return operand.operand;
  // e^u is exp(u): log(e) -> 1 and log(e^u) -> u, so d/dx e^x = e^x ln(e) is e^x, with no log(e) factor
  if (f instanceof NaturalLog && isE(operand)) return numberNode(1);
  if (f instanceof NaturalLog) {
    const p = productOf(operand);
    if (p.coefficient === 1 && p.factors.length === 1 && isE(p.factors[0]!.base)) return p.factors[0]!.exponent;
  }
  if (f instanceof Exponential && operand instanceof NaturalLog && isPositive(operand.operand)) return operand.operand;
  if (f instanceof AbsoluteValue && operand instanceof AbsoluteValue) return operand;
  if (f instanceof SquareRoot) {
    // sqrt(u^2) -> |u|, for every real u
    const p = productOf(operand);
    if (p.coefficient === 1 && p.factors.length === 1 && plainValue(p.factors[0]!.exponent) === 2)
      return applyFunction(new AbsoluteValue(p.factors[0]!.base), p.factors[0]!.base);
    return powerNodes(operand, HALF);
  }
  return operand === f.operand ? f : f.withOperand(operand);
}

/** The named constant e. */
function isE(node: Expression): boolean {
  return node instanceof Constant && node.symbol === "e";
}

/** u^n for an even whole n: never negative. */
function isEvenPower(e: Expression): boolean {
  const p = productOf(e);
  if (!(sign(p.coefficient) > 0) || p.factors.length === 0) return false;
  return p.factors.every((f) => {
    const n = plainValue(f.exponent);
    return n !== undefined && Number.isInteger(n) && n % 2 === 0;
  });
}
