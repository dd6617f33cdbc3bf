import { describe, expect, it } from "vitest";
import {
  Expression,
  GradkitError,
  MissingVariableError,
  UnsupportedNodeError,
  constant,
  sin,
  variable,
  type Env,
} from "../../src/index.js";

const x = variable("x");
const y = variable("y");
const z = variable("z");

describe("a missing variable", () => {
  it("names itself and lists what env has", () => {
    expect(() => x.add(y).eval({ x: 1, z: 2 })).toThrow('No value for variable "y" (env has: x, z)');
  });
  it("is a MissingVariableError, a GradkitError, with the name and the available ones", () => {
    try {
      y.eval({ x: 1, z: 2 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MissingVariableError);
      expect(error).toBeInstanceOf(GradkitError);
      expect((error as MissingVariableError).variable).toBe("y");
      expect((error as MissingVariableError).available).toEqual(["x", "z"]);
    }
  });
  it("says so when env is empty", () => expect(() => x.eval({})).toThrow('No value for variable "x" (env is empty)'));
  it("is reported by diff and gradient too", () => {
    expect(() => x.mul(z).diff({ x: 1 }, "x")).toThrow(MissingVariableError);
    expect(() => x.mul(z).gradient({ x: 1 })).toThrow('No value for variable "z" (env has: x)');
  });
});

/** Course style: a node that computes itself, with its operand in a field, not as declared children. */
class Square extends Expression {
  constructor(readonly inner: Expression) {
    super();
  }
  override eval(env: Env): number {
    return this.inner.eval(env) ** 2;
  }
  override diff(env: Env, wrt: string | { readonly name: string }): number {
    return 2 * this.inner.eval(env) * this.inner.diff(env, wrt);
  }
}

/** Overrides nothing: the engine cannot know what it means. */
class Empty extends Expression {}

describe("a course-style subclass that overrides eval and diff", () => {
  const f = x.mul(new Square(x.add(y))).add(1); // x (x + y)^2 + 1
  const at = { x: 2, y: 1 };
  it("evaluates inside a library tree: 2 * 3^2 + 1 = 19", () => expect(f.eval(at)).toBe(19));
  it("differentiates inside a library tree: d/dx = (x + y)^2 + 2x(x + y) = 21", () => expect(f.diff(at, "x")).toBe(21));
  it("d/dy = 2x(x + y) = 12", () => expect(f.diff(at, "y")).toBe(12));
  it("works as the root too", () => {
    expect(new Square(x).eval({ x: 3 })).toBe(9);
    expect(new Square(x).diff({ x: 3 }, "x")).toBe(6);
  });
  it("gradient() gives a clear error naming the class", () => {
    expect(() => f.gradient(at)).toThrow(UnsupportedNodeError);
    expect(() => f.gradient(at)).toThrow(/gradient\(\) cannot see inside Square: it declares no children/);
  });
  it("derivative() gives a clear error naming the class", () => {
    expect(() => f.derivative("x")).toThrow(UnsupportedNodeError);
    expect(() => f.derivative("x")).toThrow(/derivative\(\) cannot see inside Square/);
  });
});

describe("a subclass that overrides nothing", () => {
  it("eval() says what to override", () => {
    expect(() => new Empty().eval({})).toThrow(UnsupportedNodeError);
    expect(() => x.add(new Empty()).eval({ x: 1 })).toThrow(
      "Empty must override eval(env), or extend UnaryFunction or BinaryOperator",
    );
  });
  it("diff() says what to override", () => {
    expect(() => x.add(new Empty()).diff({ x: 1 }, "x")).toThrow(/Empty must override eval\(env\)/);
  });
  it("gradient() and derivative() name the class", () => {
    expect(() => x.add(new Empty()).gradient({ x: 1 })).toThrow(/Empty/);
    expect(() => x.add(new Empty()).derivative("x")).toThrow(/Empty/);
  });
  it("a subclass that declares children without rules is refused by name", () => {
    class Half extends Expression {
      override get children(): readonly Expression[] {
        return [x];
      }
    }
    expect(() => new Half().eval({ x: 1 })).toThrow("Half declares 1 children: extend UnaryFunction");
  });
});

describe("equals", () => {
  it("same shape, operators, constants and names", () => {
    expect(
      x
        .mul(2)
        .add(sin(y))
        .equals(
          variable("x")
            .mul(2)
            .add(sin(variable("y"))),
        ),
    ).toBe(true);
    expect(x.mul(2).equals(x.mul(3))).toBe(false);
    expect(x.mul(2).equals(constant(2).mul(x))).toBe(false);
    expect(x.add(y).equals(x.sub(y))).toBe(false);
  });
  it("compares shared graphs once per pair: two 60-level graphs (2^60 paths) compare at once", () => {
    const doubling = (): Expression => {
      let e: Expression = x;
      for (let level = 0; level < 60; level++) e = e.add(e);
      return e;
    };
    expect(doubling().equals(doubling())).toBe(true);
    expect(doubling().equals(doubling().mul(1))).toBe(false);
  });
});
