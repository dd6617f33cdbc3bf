import { provide } from "../internals/late.js";
import { Constant } from "./Constant.js";
import { Addition } from "./operators/Addition.js";
import { Subtraction } from "./operators/Subtraction.js";
import { Multiplication } from "./operators/Multiplication.js";
import { Division } from "./operators/Division.js";
import { Power } from "./operators/Power.js";
import { Negation } from "./operators/Negation.js";
import { derivative } from "../autodiff/derivative.js";
import { simplify } from "../simplify/simplify.js";
import { toText } from "../printing/toText.js";
import { toLatex } from "../printing/toLatex.js";
import { compile } from "../compile/compile.js";

// Expression's methods reach its subclasses through here (see internals/late.ts for why).
// `x.add(y)` builds exactly what was asked; only derivative() and simplify() simplify.
provide({
  constant: (value) => new Constant(value),
  add: (left, right) => new Addition(left, right),
  sub: (left, right) => new Subtraction(left, right),
  mul: (left, right) => new Multiplication(left, right),
  div: (left, right) => new Division(left, right),
  pow: (base, exponent) => new Power(base, exponent),
  neg: (operand) => new Negation(operand),
  derivative,
  simplify,
  toText,
  toLatex,
  compile,
});
