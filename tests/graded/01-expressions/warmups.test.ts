import { describe, expect, it } from "vitest";
import * as warmups from "@impl/01-expressions/warmups.js";

describe("01 expressions: the course's warm-ups", () => {
  it("1: the constant 5 evaluates to 5", () => {
    const five = warmups.warmup1();
    expect(five.variables()).toEqual([]);
    expect(five.eval({})).toBeCloseTo(5);
  });
  it("2: the variable x at x = 10 is 10", () => {
    const x = warmups.warmup2();
    expect(x.variables()).toEqual(["x"]);
    expect(x.eval({ x: 10 })).toBeCloseTo(10);
  });
  it("3: 3x + 2 at x = 0, 1, 4 is 2, 5, 14", () => {
    const f = warmups.warmup3();
    expect(f.variables()).toEqual(["x"]);
    expect([0, 1, 4].map((x) => f.eval({ x }))).toEqual([2, 5, 14].map((v) => expect.closeTo(v, 9)));
  });
  it("4: the derivative of 3x + 2 at x = -1 is 3", () => {
    expect(warmups.warmup4()).toBeCloseTo(3);
  });
  it("5: x^2 + 2x + 1 at x = 4 is 25 (and at -1 is 0)", () => {
    const f = warmups.warmup5();
    expect(f.variables()).toEqual(["x"]);
    expect(f.eval({ x: 4 })).toBeCloseTo(25);
    expect(f.eval({ x: -1 })).toBeCloseTo(0);
  });
  it("6: x^3 + 3y^2 + 3x + 1 at (10, 5) is 1106", () => {
    const f = warmups.warmup6();
    expect(f.variables()).toEqual(["x", "y"]);
    expect(f.eval({ x: 10, y: 5 })).toBeCloseTo(1106);
    expect(f.eval({ x: 0, y: 1 })).toBeCloseTo(4);
  });
  it("7: sin^2 + cos^2 is 1 wherever it is evaluated", () => {
    const f = warmups.warmup7();
    expect(f.variables()).toEqual(["x"]);
    for (const x of [-3, 0, 0.5, 2, 10]) expect(f.eval({ x })).toBeCloseTo(1, 12);
    expect(f.diff({ x: 0.7 }, "x")).toBeCloseTo(0, 12);
  });
  it("8: d/dx (x^2 + 3x + 2) at x = 10 is 23", () => {
    expect(warmups.warmup8()).toBeCloseTo(23);
  });
  it("9: d/dx y^x at (2, 3) is 9.88751059801", () => {
    expect(warmups.warmup9()).toBeCloseTo(9.88751059801, 9);
  });
  it("10: d/dx ln(x^2 + 1) at x = 1 is 1", () => {
    expect(warmups.warmup10()).toBeCloseTo(1);
  });
  it("11: d/dy of x^3 + 3y^2 + 3x + 1 at (10, 5) is 30", () => {
    expect(warmups.warmup11()).toBeCloseTo(30);
  });
});
