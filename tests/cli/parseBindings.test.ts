import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseBindings } from "../../src/cli/parseBindings.js";
import { CliError } from "../../src/cli/CliError.js";
import { Constant, ParseError, Variable, parse } from "../../src/index.js";

describe("parseBindings", () => {
  it("reads pairs, repeated flags, signs and scientific notation", () => {
    expect(parseBindings(["x=2,y=-3.5", "z=1e-3", " w = .5 "])).toEqual({ x: 2, y: -3.5, z: 0.001, w: 0.5 });
  });

  it.each([
    ["x=abc", '"abc" is not a number'],
    ["x", 'binding "x" has no "="'],
    ["x=", "has no value"],
    ["=1", "no variable name"],
    ["x=1,,y=2", "empty binding"],
    ["1x=2", '"1x" is not a variable name'],
    ["x=0x10", '"0x10" is not a number'],
    ["x=1e999", "too large"],
  ])("%s is a usage error naming the bad part", (flag, message) => {
    expect(() => parseBindings([flag])).toThrow(CliError);
    expect(() => parseBindings([flag])).toThrow(message);
  });

  it("a variable given twice is an error", () => {
    expect(() => parseBindings(["x=1", "x=2"])).toThrow('"x" is given twice');
  });

  it("names that Object.prototype also has are plain variables", () => {
    const env = parseBindings(["toString=3,constructor=1", "__proto__=2"]);
    expect(Object.keys(env)).toEqual(["toString", "constructor", "__proto__"]);
    expect(Object.getOwnPropertyDescriptor(env, "__proto__")?.value).toBe(2);
    expect(() => parseBindings(["toString=1", "toString=2"])).toThrow('"toString" is given twice');
  });
});

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

/** The usage error that `--at flag` gives. */
function atError(flag: string): CliError {
  try {
    parseBindings([flag]);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`--at ${flag} was accepted`);
}

describe("names and numbers: the parser and --at accept and refuse the same", () => {
  const names = ["x", "Δx", "x_1", "_tmp", "θ", "é", "𝑥", "learningRate", "toString"];
  it.each(names)("%s is a variable for both", (name) => {
    expect(parse(name)).toEqual(new Variable(name));
    expect(parseBindings([`${name}=2`])).toEqual({ [name]: 2 });
  });

  it.each([
    ["x×y", 1, '"×" (at 1) cannot be part of a name', 'write "*" for a product'],
    ["x÷y", 1, '"÷" (at 1) cannot be part of a name', 'write "/" for a division'],
    ["x·y", 1, '"·" (at 1) cannot be part of a name', 'write "*" for a product'],
    ["Infinity", 0, '"Infinity" is not a finite number', '"Infinity" is not a number at 0'],
    ["NaN", 0, '"NaN" is not a finite number', '"NaN" is not a number at 0'],
    ["true", 0, '"true" is not a finite number', '"true" is not a number at 0'],
    ["mod", 0, '"mod" is an operator word', 'Unsupported operator "mod" at 0'],
    ["sin", 0, '"sin" is a function', 'Function "sin" needs parentheses at 0'],
  ])("%s is refused as a name by both", (name, position, atWords, parseWords) => {
    expect(atError(`${name}=2`).message).toContain(atWords);
    const error = parseError(name);
    expect(error.position).toBe(position);
    expect(error.message).toContain(parseWords);
  });

  it("pi and e are constants in a formula, so --at cannot bind them", () => {
    expect(parse("pi")).toBeInstanceOf(Constant);
    expect(parse("e")).toBeInstanceOf(Constant);
    expect(atError("pi=3").message).toContain('"pi" is a constant');
    expect(atError("e=2").message).toContain('"e" is a constant');
  });

  it.each([
    ["1_000", 0, 'digit separators ("_") are not supported: write 1000'],
    ["1e999999", 0, "too large for a double"],
    ["Infinity", 0, "is not a number at 0"],
    ["NaN", 0, "is not a number at 0"],
    ["0x10", 0, '"0x" starts a hexadecimal, binary or octal number'],
    ["0b1", 0, '"0b" starts a hexadecimal, binary or octal number'],
    ["1e+", 3, "Digit expected at 3"],
  ])("%s is refused as a number by both", (number, position, words) => {
    const error = parseError(`2 * ${number}`);
    expect(error.position).toBe(position + 4);
    expect(error.message).toContain(words.replace(/at \d+/, `at ${position + 4}`));
    expect(atError(`x=${number}`).message).toContain(`"${number}" is not a number`);
    expect(atError(`x=-${number}`).message).toContain(`"-${number}" is not a number`);
  });

  const numbers = ["3", "0.5", ".5", "2.", "1e-3", "2.5E+3", "1.7976931348623157e308"];
  it.each(numbers)("%s is a number for both", (text) => {
    expect(parse(text)).toEqual(new Constant(Number(text)));
    expect(parse(`-${text}`)).toEqual(new Constant(-Number(text)));
    expect(parseBindings([`x=${text},y=-${text}`])).toEqual({ x: Number(text), y: -Number(text) });
  });

  /** Whether `text` is exactly one variable's name for the parser, and for --at. */
  const parserName = (text: string): boolean => {
    try {
      const e = parse(text);
      return e instanceof Variable && e.name === text;
    } catch {
      return false;
    }
  };
  const atName = (text: string): boolean => {
    try {
      return Object.keys(parseBindings([`${text}=1`])).join() === text;
    } catch {
      return false;
    }
  };

  it("any string of letters, digits, signs and symbols is a name for both or for neither", () => {
    const letters = ["x", "y", "e", "p", "i", "n", "Δ", "é", "𝑥", "_", "0", "1"];
    const alphabet = [...letters, "×", "÷", "-", "*", "^", ".", " ", "(", ")", "$"];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (s) => parserName(s) === atName(s)),
      { numRuns: 2000 },
    );
  });
});
