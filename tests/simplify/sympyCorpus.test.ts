import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { corpusNodeCount } from "./corpusNodeCount.js";

/**
 * gradkit's derivatives against SymPy's `diff` on the committed corpus (scripts/reference/sympyCorpus.py,
 * run once with Debian's python3-sympy 1.11): at least 90% are at most 5% larger than SymPy's (node counts
 * measured the same way on both sides, see corpusNodeCount), and every one agrees with SymPy's value at the
 * corpus's three points.
 */
interface Entry {
  readonly formula: string;
  readonly sympy: string;
  readonly points: readonly (readonly [number, number])[];
  readonly kind: "hard" | "random";
}
const corpus = JSON.parse(readFileSync(new URL("./sympyCorpus.json", import.meta.url), "utf8")) as {
  count: number;
  formulas: Entry[];
};

const results = corpus.formulas.map((entry) => {
  const derivative = parse(entry.formula).derivative("x");
  const ours = corpusNodeCount(derivative.toString());
  const theirs = corpusNodeCount(entry.sympy);
  return { entry, derivative, ours, theirs, within: ours <= 1.05 * theirs };
});

describe("the SymPy corpus", () => {
  it("has at least 400 formulas, hard cases included", () => {
    expect(corpus.formulas.length).toBeGreaterThanOrEqual(400);
    expect(corpus.formulas.filter((e) => e.kind === "hard").length).toBeGreaterThanOrEqual(50);
  });

  it("at least 90% of gradkit's derivatives are within 5% of SymPy's node count", () => {
    const within = results.filter((r) => r.within).length / results.length;
    const worst = results
      .filter((r) => !r.within)
      .sort((a, b) => b.ours / b.theirs - a.ours / a.theirs)
      .slice(0, 5)
      .map((r) => `${r.entry.formula}: ${r.ours} nodes vs SymPy ${r.theirs}`);
    expect(within, `${(within * 100).toFixed(1)}% within; largest: ${worst.join("; ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("every derivative agrees with SymPy's at the three points", () => {
    const wrong = results.flatMap(({ entry, derivative }) =>
      entry.points
        .filter(([x, value]) => !(Math.abs(derivative.eval({ x }) - value) <= 1e-7 * Math.max(1, Math.abs(value))))
        .map(([x, value]) => `${entry.formula} at x = ${x}: ${derivative.eval({ x })}, SymPy ${value}`),
    );
    expect(wrong).toEqual([]);
  });

  it("hard cases collapse as SymPy's do: 200 squares give two terms", () => {
    const squares = results.find((r) => r.entry.formula.startsWith("(x - -100)^2"))!;
    expect(squares.derivative.toString()).toBe("400 * x + 200");
    expect(squares.entry.sympy).toBe("400*x + 200");
  });
});
