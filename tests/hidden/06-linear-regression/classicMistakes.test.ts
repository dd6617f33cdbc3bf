import { describe, expect, it } from "vitest";
import { LinearRegression } from "@impl/06-linear-regression/LinearRegression.js";

// Instructors only: left out of the students' bundle, reported as hidden. Each test names the classic
// mistake it catches.
describe("06 linear regression: classic mistakes (hidden)", () => {
  const X = [
    [1, 0],
    [2, 1],
    [4, 3],
  ];
  const y = [3, 1, 6];

  it("= instead of +=: one epoch from zero takes the full-batch step (every row counts)", () => {
    const model = new LinearRegression().fit(X, y, 1, 0.1);
    // From zero: dL/dm_j = mean of -2 y x_j, dL/dyint = mean of -2 y
    const mean = (f: (i: number) => number): number => (f(0) + f(1) + f(2)) / 3;
    expect(model.mx.m0!).toBeCloseTo(0.1 * mean((i) => 2 * y[i]! * X[i]![0]!), 10);
    expect(model.mx.m1!).toBeCloseTo(0.1 * mean((i) => 2 * y[i]! * X[i]![1]!), 10);
    expect(model.yint).toBeCloseTo(0.1 * mean((i) => 2 * y[i]!), 10);
  });

  it("sum versus mean: gradients are means, so doubling the data (each row twice) leaves them unchanged", () => {
    const model = new LinearRegression();
    model.mx = { m0: 0.3, m1: -0.2 };
    model.yint = 0.1;
    const once = model.gradients(X, y);
    const twice = model.gradients([...X, ...X], [...y, ...y]);
    for (const name of ["m0", "m1", "yint"])
      expect(twice[name], `gradients(...).${name} on the doubled data`).toBeCloseTo(once[name]!, 10);
  });

  it("forgotten intercept: y = 3x + 5 is learned with yint close to 5", () => {
    const rows = [0, 0.25, 0.5, 0.75, 1].map((x) => [x]);
    const model = new LinearRegression().fit(
      rows,
      rows.map(([x]) => 3 * x! + 5),
      1000,
      0.5,
    );
    expect(model.yint).toBeCloseTo(5, 1);
    expect(model.predict([[0]])[0]!).toBeCloseTo(5, 1);
  });

  it("predict appending inside the feature loop: one prediction per row, however many columns", () => {
    const model = new LinearRegression();
    model.mx = { m0: 1, m1: 2, m2: 3 };
    model.yint = 1;
    expect(
      model.predict([
        [1, 1, 1],
        [0, 0, 0],
      ]),
    ).toEqual([expect.closeTo(7, 10), expect.closeTo(1, 10)]);
  });
});
