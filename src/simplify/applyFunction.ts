import type { Expression } from "../expression/Expression.js";
import { UnaryFunction } from "../expression/UnaryFunction.js";
import { Negation } from "../expression/operators/Negation.js";
import { Exponential } from "../expression/functions/Exponential.js";
import { NaturalLog } from "../expression/functions/NaturalLog.js";
import { Linear } from "../expression/functions/Linear.js";
import { AbsoluteValue } from "../expression/functions/AbsoluteValue.js";
import { SquareRoot } from "../expression/functions/SquareRoot.js";
import { Constant } from "../expression/Constant.js";
import { multiplyNodes, plainValue, powerNodes } from "./canonical.js";
import { isPositive } from "./isPositive.js";

/**
 * f(u), canonical: log(exp(u)) -> u (true for every real u); exp(log(u)) -> u only where u > 0 is
 * certain (1 + exp(x), say), so no point where the input is undefined becomes defined; linear(u) -> u;
 * abs(abs(u)) -> abs(u); sqrt(u) is u^(1/2) (so it merges with other powers of u); f(number) is folded
 * when the value is a whole number (sin(0) -> 0, exp(0) -> 1, log(1) -> 0, sqrt(4) -> 2), as SymPy does.
 */
export function applyFunction(f: UnaryFunction, operand: Expression): Expression {
  if (f instanceof Negation) return multiplyNodes(new Constant(-1), operand);
  if (f instanceof Linear) return operand;
  const value = plainValue(operand);
  if (value !== undefined) {
    const result = f.compute(value);
    if (Number.isInteger(result) && !Object.is(result, -0)) return new Constant(result);
  }
  if (f instanceof NaturalLog && operand instanceof Exponential) return operand.operand;
  if (f instanceof Exponential && operand instanceof NaturalLog && isPositive(operand.operand)) return operand.operand;
  if (f instanceof AbsoluteValue && operand instanceof AbsoluteValue) return operand;
  if (f instanceof SquareRoot) return powerNodes(operand, new Constant(0.5));
  return operand === f.operand ? f : f.withOperand(operand);
}
