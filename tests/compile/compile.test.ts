import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CompileError,
  Expression,
  UnaryFunction,
  compile,
  constant,
  relu,
  sigmoid,
  sin,
  sqrt,
  tanh,
  variable,
  type Env,
} from "../../src/index.js";
import { expectSame } from "../support/oracle.js";
import { binaryKinds, unaryKinds } from "../support/nodeKinds.js";
import { finiteEverywhere, randomExpression, randomPoint } from "../support/randomExpression.js";

const x = variable("x");
const y = variable("y");
const z = variable("z");

/** Compiled value and gradient against eval() and gradient() at `env`, in sorted-variable order. */
function expectAgrees(e: Expression, env: Env): void {
  const f = compile(e, { variables: ["x", "y", "z"], gradient: true });
  const inputs = [env.x!, env.y!, env.z!];
  expectSame(f(inputs), e.eval(env));
  const out = new Float64Array(3);
  expectSame(f.valueAndGradient!(inputs, out), e.eval(env));
  if (!finiteEverywhere(e, env)) return;
  const expected = e.gradient(env);
  ["x", "y", "z"].forEach((name, k) => expectSame(out[k]!, expected[name] ?? 0));
}

describe("compile: agrees with eval and gradient", () => {
  const points = [
    { x: 0.7, y: -1.3, z: 2 },
    { x: -2.5, y: 0.4, z: -0.5 },
    { x: 0, y: 0, z: 0 },
  ];
  for (const [name, f] of unaryKinds) {
    it(`${name}(x * y + z)`, () => points.forEach((env) => expectAgrees(f(x.mul(y).add(z)), env)));
  }
  for (const [symbol, f] of binaryKinds) {
    it(`(x + z) ${symbol} y`, () => points.forEach((env) => expectAgrees(f(x.add(z), y), env)));
    it(`x ${symbol} 2 and 2 ${symbol} x`, () => {
      points.forEach((env) => {
        expectAgrees(f(x, constant(2)), env);
        expectAgrees(f(constant(2), x), env);
      });
    });
  }

  it("random expression graphs at random points", () => {
    fc.assert(
      fc.property(randomExpression(), randomPoint, (e, env) => expectAgrees(e, env)),
      { numRuns: 300 },
    );
  });
});

describe("compile: edge points, as the tree walker has them", () => {
  it("x^2 at x = -3 is 9 with slope -6 (and slope 0 at x = 0)", () => {
    const f = compile(x.pow(2), { gradient: true });
    const g = new Float64Array(1);
    expect(f.valueAndGradient!([-3], g)).toBeCloseTo(9);
    expect(g[0]).toBeCloseTo(-6);
    f.valueAndGradient!([0], g);
    expect(g[0]).toBe(0);
  });

  it("sigmoid and its slope are finite at x = +-1000", () => {
    const f = compile(sigmoid(x), { gradient: true });
    const g = new Float64Array(1);
    expect(f.valueAndGradient!([1000], g)).toBeCloseTo(1);
    expect(g[0]).toBe(0);
    expect(f.valueAndGradient!([-1000], g)).toBeCloseTo(0);
    expect(g[0]).toBe(0);
  });

  it("relu at 0 has slope 0, like gradient()", () => {
    const f = compile(relu(x), { gradient: true });
    const g = new Float64Array(1);
    f.valueAndGradient!([0], g);
    expect(g[0]).toBe(relu(x).gradient({ x: 0 }).x);
  });

  it("a zero factor wins: sqrt(x) * 0 at x = 0 has slope 0, not NaN", () => {
    const e = sqrt(x).mul(y);
    const f = compile(e, { gradient: true });
    const g = new Float64Array(2);
    f.valueAndGradient!([0, 0], g);
    expect([...g]).toEqual([e.gradient({ x: 0, y: 0 }).x, e.gradient({ x: 0, y: 0 }).y]);
    expect(g[0]).toBe(0);
  });

  it("0^y has slope 0 in y for y > 0 (Power's convention)", () => {
    const e = x.pow(y);
    const g = new Float64Array(2);
    compile(e, { gradient: true }).valueAndGradient!([0, 2], g);
    expect(g[1]).toBe(e.gradient({ x: 0, y: 2 }).y);
  });

  it("numbers keep their value in the code: -0, NaN, infinities, 0.1", () => {
    for (const c of [-0, Number.NaN, Infinity, -Infinity, 0.1, -1e-300, 5e-324]) {
      const e = x.mul(c).add(constant(c).div(2));
      expectSame(compile(e)([3]), e.eval({ x: 3 }));
    }
  });
});

describe("compile: calling convention", () => {
  it("inputs in sorted order by default, or in the order asked", () => {
    const e = x.sub(y.mul(2));
    expect(compile(e).variables).toEqual(["x", "y"]);
    expect(compile(e)([5, 1])).toBeCloseTo(3);
    expect(compile(e, { variables: ["y", "x"] })([1, 5])).toBeCloseTo(3);
  });

  it("a variable the expression does not use gets slope 0", () => {
    const f = compile(x.mul(x), { variables: ["x", "w"], gradient: true });
    const g = Float64Array.of(7, 7);
    expect(f.valueAndGradient!([3, 100], g)).toBeCloseTo(9);
    expect([...g]).toEqual([6, 0]);
  });

  it("a constant expression compiles to its value", () => {
    const f = compile(
      constant(2)
        .mul(constant(3))
        .add(sin(constant(0))),
      { gradient: true },
    );
    expect(f([])).toBe(6);
    expect(f.valueAndGradient!([], new Float64Array(0))).toBe(6);
  });

  it("the code reads variables by slot and never contains their names", () => {
    const odd = variable('x"]); throw new Error("gotcha"); //');
    const f = compile(odd.mul(2).add(y), { gradient: true });
    expect(f.source).not.toContain("gotcha");
    expect(f.gradientSource).not.toContain("gotcha");
    expect(f([3, 1])).toBeCloseTo(7);
  });

  it("shared and structurally equal subtrees are computed once", () => {
    const s = sin(x.mul(y));
    const f = compile(s.add(sin(x.mul(y))).mul(s));
    expect(f.source.match(/Math\.sin/g)).toHaveLength(1);
  });

  it("the value function has no reverse pass in it", () => {
    expect(compile(tanh(x)).source).not.toContain("const a");
  });
});

describe("compile: huge trees", () => {
  // big enough to be split into many generated functions; the tree walkers' 100,000-deep tests are in
  // tests/autodiff/deepTrees.test.ts (compiling 100,000 nodes takes seconds and tests nothing more)
  it("a chain 20,000 nodes long (value and gradient) matches the tree walker", () => {
    let e: Expression = x;
    for (let i = 0; i < 20_000; i++) e = i % 1000 === 0 ? e.add(y) : i % 2 === 0 ? tanh(e) : e.mul(1.0001);
    const env = { x: 0.3, y: 0.2 };
    const f = compile(e, { gradient: true });
    expectSame(f([0.3, 0.2]), e.eval(env));
    const g = new Float64Array(2);
    expectSame(f.valueAndGradient!([0.3, 0.2], g), e.eval(env));
    const expected = e.gradient(env);
    expect(g[0]).toBeCloseTo(expected.x!, 12);
    expect(g[1]).toBeCloseTo(expected.y!, 9);
    expect(f.source).toContain("function chunk1");
  });

  it("a sum of 4,000 distinct terms, 20,000 nodes (value only)", () => {
    let e: Expression = constant(0);
    for (let i = 1; i <= 4_000; i++) e = e.add(x.mul(i % 7).sub(y.div(i)));
    expectSame(compile(e)([1.5, 2]), e.eval({ x: 1.5, y: 2 }));
  });
});

describe("compile: errors", () => {
  it("a variable missing from `variables` is named, with what was given", () => {
    expect(() => compile(x.mul(y), { variables: ["x"] })).toThrow(CompileError);
    expect(() => compile(x.mul(y), { variables: ["x"] })).toThrow(
      'The expression uses variable "y", which is not in variables (given: x)',
    );
  });

  it("a variable listed twice", () => {
    expect(() => compile(x, { variables: ["x", "x"] })).toThrow(/"x" appears twice/);
  });

  it("a wrong number of inputs, or an object instead of an array", () => {
    const f = compile(x.mul(y), { gradient: true });
    expect(() => f([1])).toThrow("A compiled expression takes 2 inputs in the order x, y; got 1");
    expect(() => f({ x: 1, y: 2 } as unknown as number[])).toThrow(/takes an array of 2 inputs/);
    expect(() => f.valueAndGradient!([1, 2], new Float64Array(1))).toThrow(
      /gradientOut must be a Float64Array of length 2/,
    );
  });

  it("a course-style node with no children cannot be compiled", () => {
    class Opaque extends Expression {
      override eval(): number {
        return 1;
      }
    }
    expect(() => compile(new Opaque().add(x))).toThrow(/cannot see inside Opaque/);
  });

  it("a node with no row in the JavaScript table is refused by name; code a node offers is never run", () => {
    class Sneaky extends UnaryFunction {
      readonly name = "sneaky";
      compute(u: number): number {
        return u;
      }
      outer(): number {
        return 1;
      }
      outerDerivative(): Expression {
        return constant(1);
      }
      emit(u: string): string {
        return `${u}; globalThis.hacked = "yes"`;
      }
    }
    expect(() => compile(new Sneaky(x))).toThrow(CompileError);
    expect(() => compile(new Sneaky(x))).toThrow(/compile\(\) has no JavaScript for Sneaky/);
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
  });
});
