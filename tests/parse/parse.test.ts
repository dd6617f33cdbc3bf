import { describe, expect, it } from "vitest";
import {
  Addition,
  Constant,
  Division,
  LeakyRelu,
  MAX_NESTING,
  Multiplication,
  NaturalLog,
  Negation,
  ParseError,
  Power,
  SUPPORTED_FUNCTIONS,
  Subtraction,
  Variable,
  constant,
  parse,
  variable,
} from "../../src/index.js";

const x = variable("x");
const y = variable("y");

/** The ParseError that `formula` throws. */
function parseError(formula: string): ParseError {
  try {
    parse(formula);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error(`parse(${JSON.stringify(formula)}) did not throw`);
}

describe("parse: what a formula may hold", () => {
  it("numbers, including 1e-3, .5 and 2.", () => {
    expect(parse("42").equals(constant(42))).toBe(true);
    expect(parse("1e-3").equals(constant(0.001))).toBe(true);
    expect(parse("2.5E+3").equals(constant(2500))).toBe(true);
    expect(parse(".5").equals(constant(0.5))).toBe(true);
  });

  it("variables: x, x_0, m12, yint, any identifier", () => {
    for (const name of ["x", "x_0", "m12", "yint", "learningRate", "θ"]) {
      const e = parse(name);
      expect(e).toBeInstanceOf(Variable);
      expect(e.variables()).toEqual([name]);
    }
  });

  it("+ - * / ^ build the matching nodes", () => {
    expect(parse("x + y").equals(x.add(y))).toBe(true);
    expect(parse("x - y").equals(x.sub(y))).toBe(true);
    expect(parse("x * y").equals(x.mul(y))).toBe(true);
    expect(parse("x / y").equals(x.div(y))).toBe(true);
    expect(parse("x ^ y").equals(x.pow(y))).toBe(true);
  });

  it("precedence: * before +, ^ before unary minus, ^ groups to the right", () => {
    expect(parse("1 + 2 * x").equals(constant(1).add(constant(2).mul(x)))).toBe(true);
    expect(parse("x - y - 1").equals(x.sub(y).sub(1))).toBe(true);
    expect(parse("-x ^ 2").equals(x.pow(2).neg())).toBe(true);
    expect(parse("(-x) ^ 2").equals(x.neg().pow(2))).toBe(true);
    expect(parse("x ^ y ^ 2").equals(x.pow(y.pow(2)))).toBe(true);
    expect(parse("2 ^ -x").equals(constant(2).pow(x.neg()))).toBe(true);
  });

  it("a negated number is a constant; a negated anything else is a Negation", () => {
    const minus3 = parse("-3");
    expect(minus3).toBeInstanceOf(Constant);
    expect((minus3 as Constant).value).toBe(-3);
    expect(parse("-(3)")).toBeInstanceOf(Negation);
    expect(parse("-x")).toBeInstanceOf(Negation);
    expect(parse("x * -2").equals(x.mul(-2))).toBe(true);
  });

  it("unary plus is dropped", () => {
    expect(parse("+x").equals(x)).toBe(true);
    expect(parse("x + +3").equals(x.add(3))).toBe(true);
  });

  it("parentheses group and leave no node behind", () => {
    expect(parse("(x + 1) * 2").equals(x.add(1).mul(2))).toBe(true);
    expect(parse("((x))").equals(x)).toBe(true);
  });

  it("implicit multiplication: 2x, 2 x, 2 sin(x), (x + 1)(x - 1)", () => {
    expect(parse("2x").equals(constant(2).mul(x))).toBe(true);
    expect(parse("2 x").equals(constant(2).mul(x))).toBe(true);
    expect(parse("2 sin(x)").toString()).toBe("2 * sin(x)");
    expect(parse("(x + 1)(x - 1)").equals(x.add(1).mul(x.sub(1)))).toBe(true);
    expect(parse("x y")).toBeInstanceOf(Multiplication);
  });

  it("pi and e are named constants", () => {
    const pi = parse("pi");
    expect(pi).toBeInstanceOf(Constant);
    expect((pi as Constant).value).toBeCloseTo(Math.PI, 15);
    expect((pi as Constant).symbol).toBe("pi");
    const e = parse("e") as Constant;
    expect(e.value).toBeCloseTo(Math.E, 15);
    expect(e.symbol).toBe("e");
    expect(parse("2e").toString()).toBe("2 * e");
    expect(parse("2π").toString()).toBe("2 * pi");
  });

  it.each([
    ["exp(x)", "exp"],
    ["log(x)", "log"],
    ["ln(x)", "log"],
    ["sin(x)", "sin"],
    ["cos(x)", "cos"],
    ["tan(x)", "tan"],
    ["tanh(x)", "tanh"],
    ["sigmoid(x)", "sigmoid"],
    ["relu(x)", "relu"],
    ["leakyRelu(x)", "leakyRelu"],
    ["linear(x)", "linear"],
    ["sqrt(x)", "sqrt"],
    ["abs(x)", "abs"],
    ["sign(x)", "sign"],
    ["step(x)", "step"],
  ])("%s calls %s", (formula, name) => {
    const e = parse(formula);
    expect((e as unknown as { name: string }).name).toBe(name);
    expect(e.children[0]!.equals(x)).toBe(true);
  });

  it("SUPPORTED_FUNCTIONS lists every function, sorted", () => {
    expect(SUPPORTED_FUNCTIONS).toEqual([...SUPPORTED_FUNCTIONS].sort());
    expect(SUPPORTED_FUNCTIONS).toContain("ln");
    expect(SUPPORTED_FUNCTIONS).toContain("arcsin");
    expect(SUPPORTED_FUNCTIONS).toHaveLength(58);
  });

  it("leakyRelu(x, slope) takes a number as its slope", () => {
    const e = parse("leakyRelu(x, 0.1)") as LeakyRelu;
    expect(e).toBeInstanceOf(LeakyRelu);
    expect(e.slope).toBeCloseTo(0.1);
    expect(e.eval({ x: -5 })).toBeCloseTo(-0.5);
    expect((parse("leakyRelu(x, -0.2)") as LeakyRelu).slope).toBeCloseTo(-0.2);
    expect(parse("leakyRelu(x)").eval({ x: -5 })).toBeCloseTo(-0.005);
  });

  it("log(x, b) is the base-b logarithm, log(x) / log(b)", () => {
    const e = parse("log(x, 2)");
    expect(e).toBeInstanceOf(Division);
    expect((e as Division).left).toBeInstanceOf(NaturalLog);
    expect(e.eval({ x: 8 })).toBeCloseTo(3);
  });

  it("line breaks count as spaces", () => {
    expect(parse("x\n+ 1\r\n").equals(x.add(1))).toBe(true);
  });

  it("evaluates and differentiates what it reads", () => {
    const f = parse("x^2 * sin(x)");
    expect(f.eval({ x: 2 })).toBeCloseTo(4 * Math.sin(2));
    expect(f.diff({ x: 2 }, "x")).toBeCloseTo(4 * Math.sin(2) + 4 * Math.cos(2));
  });
});

describe("parse: errors name the place, what was expected, and what is supported", () => {
  it("unknown function: position, and the supported list in the message", () => {
    const error = parseError("gamma(x)");
    expect(error.position).toBe(0);
    expect(error.supported).toEqual(SUPPORTED_FUNCTIONS);
    expect(error.message).toBe(`Unknown function "gamma" at 0 (supported: ${SUPPORTED_FUNCTIONS.join(", ")})`);
    expect(parseError("x + foo(2)").position).toBe(4);
  });

  it("a variable followed by ( is a call, and the message suggests a product", () => {
    const error = parseError("2 + x(y + 1)");
    expect(error.position).toBe(4);
    expect(error.message).toContain("for a product write x * (...)");
  });

  it("a function without parentheses: sin x", () => {
    const error = parseError("2 * sin x");
    expect(error.position).toBe(4);
    expect(error.message).toContain("write sin(x)");
    expect(parseError("cos").position).toBe(0);
  });

  it("wrong number of arguments, at the call", () => {
    const error = parseError("x + sin(x, y)");
    expect(error.position).toBe(4);
    expect(error.message).toContain("got 2 arguments");
    expect(error.expected).toBe("sin(x)");
    expect(parseError("sin()").message).toContain("needs an argument");
    // calls are numbered in source order, nested ones included
    expect(parseError("exp(sin(x)) + cos(x, 1)").position).toBe(14);
  });

  it("a leakyRelu slope that is not a number", () => {
    const error = parseError("leakyRelu(x, y)");
    expect(error.position).toBe(0);
    expect(error.message).toContain("slope must be a number");
  });

  it.each([
    ["[1, 2]", 0, "matrices"],
    ["x[1]", 1, "matrices"],
    ["a = 1", 2, "assignments"],
    ["x == y", 2, "comparisons"],
    ["x < y", 2, "comparisons"],
    ["x!", 1, "factorial"],
    ['"text"', 0, "strings"],
    ["x'", 1, "primes"],
    ["5%", 1, "percent"],
    ["x; y", 1, "one formula"],
    ["x.y", 1, "dot"],
    ["{a: 1}", 0, "objects"],
    ["x ? y : z", 2, "conditionals"],
    ["x mod 2", 2, "Unsupported operator"],
    ["true", 0, "not a number"],
    ["x @ y", 2, "no meaning"],
    ["\\frac{1}{2}", 0, "LaTeX"],
  ])("%s fails at %i (%s)", (formula, position, words) => {
    const error = parseError(formula);
    expect(error.position).toBe(position);
    expect(error.message).toContain(words);
    expect(error.expected).toBeTruthy();
    expect(error.formula).toBe(formula);
  });

  it("empty and blank formulas", () => {
    for (const formula of ["", "   "]) {
      const error = parseError(formula);
      expect(error.position).toBe(0);
      expect(error.message).toContain("Empty formula");
    }
  });

  it("operators without operands", () => {
    expect(parseError("x +").position).toBe(3);
    expect(parseError("x +").message).toContain("ends too early");
    expect(parseError("* x").position).toBe(0);
    expect(parseError("x * / y").position).toBe(4);
    expect(parseError("x ** 2").message).toContain("x ^ 2");
    expect(parseError("2 3").message).toContain('Write "*"');
    expect(parseError("1e+").position).toBe(3);
    // mathjs reads 0x1F as hexadecimal; a formula means 0 * x
    expect(parseError("2 + 0x").message).toContain('Write "0 * x..." at 4');
  });

  it("unbalanced parentheses", () => {
    const open = parseError("(x + 1");
    expect(open.position).toBe(6);
    expect(open.message).toContain('the "(" at 0 is never closed');
    expect(parseError("x + 1)").position).toBe(5);
    expect(parseError("2 * ()").position).toBe(4);
    expect(parseError("(1, 2)").position).toBe(2);
  });

  it("pointer() puts a caret under the position", () => {
    expect(parseError("x + gamma(x)").pointer()).toBe("x + gamma(x)\n    ^");
  });

  it("errors are GradkitErrors named ParseError", () => {
    const error = parseError("gamma(x)");
    expect(error.name).toBe("ParseError");
  });
});

describe("parse: long and deep formulas", () => {
  it("a sum of 100,000 terms (a chain 100,000 deep) parses, evaluates and prints", () => {
    const formula = Array.from({ length: 100_000 }, () => "x").join(" + ");
    const sum = parse(formula);
    expect(sum).toBeInstanceOf(Addition);
    expect(sum.eval({ x: 2 })).toBeCloseTo(200_000);
    expect(sum.gradient({ x: 2 }).x).toBeCloseTo(100_000);
    expect(sum.toString()).toBe(formula);
  });

  it("a long mixed chain: x - 1 * x + 2x - ...", () => {
    const terms = Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? `${i + 1}x` : `x ^ 2 / ${i}`));
    const e = parse(terms.join(" - "));
    expect(e).toBeInstanceOf(Subtraction);
    expect(Number.isFinite(e.eval({ x: 1 }))).toBe(true);
  });

  it(`nesting up to MAX_NESTING (${MAX_NESTING}) levels is fine`, () => {
    const n = MAX_NESTING;
    expect(parse(`${"(".repeat(n)}x${")".repeat(n)}`).equals(x)).toBe(true);
    expect(parse(`${"sin(".repeat(n)}x${")".repeat(n)}`).eval({ x: 1 })).toBeCloseTo(0.14, 1);
  });

  it.each([
    ["parentheses", `${"(".repeat(1000)}x${")".repeat(1000)}`],
    ["function calls", `${"exp(".repeat(400)}x${")".repeat(400)}`],
    ["unary minus", `${"-".repeat(1000)}x`],
    ["powers", Array.from({ length: 1000 }, () => "x").join("^")],
  ])("deeper nesting of %s is a ParseError at the level past the limit, not a stack overflow", (_, formula) => {
    const error = parseError(formula);
    expect(error.message).toContain(`more than ${MAX_NESTING} levels`);
    expect(error.position).toBeGreaterThanOrEqual(MAX_NESTING - 1);
    expect(error.position).toBeLessThan(formula.length);
  });

  it("signs and powers inside a long sum do not add up to a deep nesting", () => {
    const formula = Array.from({ length: 5_000 }, () => "-x ^ 2").join(" + ");
    expect(parse(formula).eval({ x: 1 })).toBeCloseTo(-5_000);
  });
});

describe("parse: hostile and look-alike text", () => {
  it("any Unicode space is a space; 2.*x is 2 * x, not mathjs's element-wise product", () => {
    expect(parse("x\u00A0+\u2003y\t").equals(x.add(y))).toBe(true);
    expect(parse("2.*x").equals(constant(2).mul(x))).toBe(true);
  });

  it.each([
    ["x\u200By", 1, "no meaning"], // zero-width space: invisible, so never part of a name
    ["x\u202Ey", 1, "no meaning"], // right-to-left override
    ["\uD800 + 1", 0, "no meaning"], // a lone surrogate
    ["x − 1", 2, "typographic minus"],
    ["x²", 1, "x ^ 2"],
    ["1.5_0", 0, "digit separators"],
    ["9".repeat(400), 0, "too large for a double"],
    ["2e+x", 3, "exponent needs digits"],
  ])("%j fails at %i (%s)", (formula, position, words) => {
    const error = parseError(formula);
    expect(error.position).toBe(position);
    expect(error.message).toContain(words);
  });

  it("a million open parentheses stop at the nesting limit, quickly", () => {
    expect(parseError("(".repeat(1_000_000)).position).toBe(MAX_NESTING);
  });
});

describe("parse: never evaluates", () => {
  it("names are only names", () => {
    // mathjs would evaluate these as functions or values; parse only reads them
    expect(parse("constructor").variables()).toEqual(["constructor"]);
    expect(parse("__proto__ + toString").variables()).toEqual(["__proto__", "toString"]);
    expect(parseError("import(x)").message).toContain('Unknown function "import"');
  });

  it("the result is built from our nodes only", () => {
    const e = parse("2 * x - y / 3 ^ x");
    expect(e).toBeInstanceOf(Subtraction);
    expect((e as Subtraction).right).toBeInstanceOf(Division);
    expect(((e as Subtraction).right as Division).right).toBeInstanceOf(Power);
  });
});
