import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { erf, erfc } from "../../../src/numerics/erf.js";
import { corpusNodeCount } from "../../simplify/corpusNodeCount.js";

/**
 * The functions of issue 21 against SymPy (tests/expression/functions/sympyFunctions.json, made once by
 * scripts/reference/functionsCorpus.py with Debian's python3-sympy 1.11): each function composed with others,
 * its value, first and second derivative at three points (mpmath, 30 digits), and the size of SymPy's plain
 * `diff` (node counts measured the same way on both sides, see corpusNodeCount).
 */
interface Entry {
  readonly function: string;
  readonly formula: string;
  readonly sympy: string;
  /** [x, f(x), f'(x), f''(x)] */
  readonly points: readonly (readonly [number, number, number, number])[];
}
const corpus = JSON.parse(readFileSync(new URL("./sympyFunctions.json", import.meta.url), "utf8")) as {
  formulas: Entry[];
  erf: [number, number, number][];
};

const results = corpus.formulas.map((entry) => {
  const f = parse(entry.formula);
  const d1 = f.derivative("x");
  const d2 = d1.derivative("x");
  const ours = corpusNodeCount(d1.toString());
  const theirs = corpusNodeCount(entry.sympy);
  return { entry, f, d1, d2, ours, theirs, within: ours <= 1.05 * theirs };
});

const close = (actual: number, expected: number, relative: number): boolean =>
  Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));

/** Every mismatch, as `formula at x: what = ours, SymPy theirs`. */
function mismatches(
  what: string,
  relative: number,
  ours: (r: (typeof results)[number], x: number) => number,
  k: 1 | 2 | 3,
) {
  return results.flatMap((r) =>
    r.entry.points
      .filter((point) => !close(ours(r, point[0]), point[k], relative))
      .map((point) => `${r.entry.formula} at x = ${point[0]}: ${what} ${ours(r, point[0])}, SymPy ${point[k]}`),
  );
}

describe("the new functions against SymPy", () => {
  it("covers every new function with at least 6 formulas", () => {
    const counts = new Map<string, number>();
    for (const { function: name } of corpus.formulas) counts.set(name, (counts.get(name) ?? 0) + 1);
    expect(counts.size).toBe(28);
    expect([...counts].filter(([, n]) => n < 6)).toEqual([]);
  });

  it("values agree (eval)", () => expect(mismatches("eval", 1e-12, (r, x) => r.f.eval({ x }), 1)).toEqual([]));

  it("first derivatives agree: derivative(), diff() and gradient()", () => {
    expect(mismatches("derivative", 1e-9, (r, x) => r.d1.eval({ x }), 2)).toEqual([]);
    expect(mismatches("diff", 1e-9, (r, x) => r.f.diff({ x }, "x"), 2)).toEqual([]);
    expect(mismatches("gradient", 1e-9, (r, x) => r.f.gradient({ x }).x!, 2)).toEqual([]);
  });

  it("second derivatives agree: derivative() twice, and diff() of the first derivative", () => {
    expect(mismatches("second derivative", 1e-8, (r, x) => r.d2.eval({ x }), 3)).toEqual([]);
    expect(mismatches("diff of derivative", 1e-8, (r, x) => r.d1.diff({ x }, "x"), 3)).toEqual([]);
  });

  it("at least 90% of the derivatives are within 5% of SymPy's node count", () => {
    const within = results.filter((r) => r.within).length / results.length;
    const over = results
      .filter((r) => !r.within)
      .map((r) => `${r.entry.formula}: ${r.ours} nodes (${r.d1.toString()}) vs SymPy ${r.theirs} (${r.entry.sympy})`);
    expect(within, `${(within * 100).toFixed(1)}% within; over: ${over.join("; ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("and at least 75% of each function's (96.2% and 80% at worst, when the corpus was made)", () => {
    const tally = new Map<string, { within: number; all: number }>();
    for (const r of results) {
      const t = tally.get(r.entry.function) ?? { within: 0, all: 0 };
      tally.set(r.entry.function, { within: t.within + (r.within ? 1 : 0), all: t.all + 1 });
    }
    expect([...tally].filter(([, t]) => t.within < 0.75 * t.all).map(([name]) => name)).toEqual([]);
  });

  it("erf and erfc agree with mpmath to a few units in the last place", () => {
    const wrong = corpus.erf.flatMap(([x, erfValue, erfcValue]) => {
      const ulps = (actual: number, expected: number): number =>
        expected === 0
          ? Math.abs(actual) / Number.MIN_VALUE
          : Math.abs(actual - expected) / Math.abs(expected) / 2 ** -52;
      const e = ulps(erf(x), erfValue);
      const c = ulps(erfc(x), erfcValue);
      // erfc below 2 is 1 - erf: it keeps erf's absolute error, a few ulps of 1
      const cLimit = x >= 2 ? 4 : Math.max(4, 4 / Math.abs(erfcValue));
      return e <= 2 && c <= cLimit
        ? []
        : [`x = ${x}: erf ${erf(x)} (${e.toFixed(1)} ulp), erfc ${erfc(x)} (${c.toFixed(1)} ulp)`];
    });
    expect(wrong).toEqual([]);
  });
});
