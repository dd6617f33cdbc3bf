import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centralDifference, close } from "../support/oracle.js";
import { finiteEverywhere, finiteLocalPartials, randomExpression, randomPoint } from "../support/randomExpression.js";

// A fixed seed keeps CI reproducible; a failure prints the shrunk tree and point.
const settings = { seed: 20_260_411, numRuns: 300 } as const;
const names = ["x", "y", "z"] as const;

describe("every rule agrees with central differences on random trees", () => {
  it("diff() matches central differences wherever the function is smooth", () => {
    let compared = 0;
    fc.assert(
      fc.property(randomExpression(), randomPoint, (f, env) => {
        if (!finiteEverywhere(f, env) || !finiteLocalPartials(f, env)) return;
        for (const wrt of f.variables()) {
          const numeric = centralDifference(f, env, wrt);
          if (numeric === undefined) continue;
          compared++;
          const exact = f.diff(env, wrt);
          // rounding in the difference grows with |f| / h, so the tolerance does too
          // (and a kink in f'' closer than h to the point leaves an error of order h)
          const slack = 1e-5 + 1e-7 * Math.abs(f.eval(env));
          if (!close(exact, numeric, 1e-4, slack)) {
            throw new Error(`d/d${wrt} ${f.toString()} at ${JSON.stringify(env)}: diff ${exact}, central ${numeric}`);
          }
        }
      }),
      settings,
    );
    expect(compared).toBeGreaterThan(100);
  });
});

describe("the three ways to differentiate agree on random trees", () => {
  it("gradient() agrees with diff() for every variable", () => {
    fc.assert(
      fc.property(randomExpression(), randomPoint, (f, env) => {
        if (!finiteEverywhere(f, env) || !finiteLocalPartials(f, env)) return;
        const gradient = f.gradient(env);
        expect(Object.keys(gradient)).toEqual(f.variables());
        for (const wrt of names) {
          const forward = f.diff(env, wrt);
          const reverse = gradient[wrt] ?? 0;
          // the same partials summed in another order: they differ by rounding only
          if (!close(reverse, forward, 1e-9, 1e-9 * (1 + Math.abs(f.eval(env))))) {
            throw new Error(
              `d/d${wrt} ${f.toString()} at ${JSON.stringify(env)}: gradient ${reverse}, diff ${forward}`,
            );
          }
        }
      }),
      settings,
    );
  });

  it("derivative(wrt).eval() agrees with diff() wherever both are finite", () => {
    let compared = 0;
    fc.assert(
      fc.property(randomExpression(), randomPoint, (f, env) => {
        if (!finiteEverywhere(f, env)) return;
        for (const wrt of names) {
          const forward = f.diff(env, wrt);
          const symbolic = f.derivative(wrt).eval(env);
          if (!Number.isFinite(forward) || !Number.isFinite(symbolic)) continue;
          compared++;
          // different but equal formulas: rounding differs, most where large terms cancel
          if (!close(symbolic, forward, 1e-8, 1e-8 * (1 + Math.abs(f.eval(env))))) {
            throw new Error(
              `d/d${wrt} ${f.toString()} at ${JSON.stringify(env)}: derivative ${symbolic}, diff ${forward}`,
            );
          }
        }
      }),
      settings,
    );
    expect(compared).toBeGreaterThan(300);
  });
});
