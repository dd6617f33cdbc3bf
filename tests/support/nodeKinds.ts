import {
  Sign,
  Step,
  abs,
  cos,
  exp,
  leakyRelu,
  linear,
  log,
  relu,
  sigmoid,
  sin,
  sqrt,
  tan,
  tanh,
  type Expression,
} from "../../src/index.js";

/**
 * Every function node the engine has, as named builders: the one list the property tests draw from
 * (a node added to the engine goes here, and every random-tree test then covers it).
 */
export const unaryKinds: readonly [string, (u: Expression) => Expression][] = [
  ["neg", (u) => u.neg()],
  ["exp", exp],
  ["log", log],
  ["sin", sin],
  ["cos", cos],
  ["tan", tan],
  ["tanh", tanh],
  ["sigmoid", sigmoid],
  ["relu", relu],
  ["leakyRelu", (u) => leakyRelu(u)],
  ["leakyRelu 0.3", (u) => leakyRelu(u, 0.3)],
  ["linear", linear],
  ["sqrt", sqrt],
  ["abs", abs],
  ["sign", (u) => new Sign(u)],
  ["step", (u) => new Step(u)],
];

/** Every operator node, as named builders. */
export const binaryKinds: readonly [string, (a: Expression, b: Expression) => Expression][] = [
  ["+", (a, b) => a.add(b)],
  ["-", (a, b) => a.sub(b)],
  ["*", (a, b) => a.mul(b)],
  ["/", (a, b) => a.div(b)],
  ["^", (a, b) => a.pow(b)],
];
