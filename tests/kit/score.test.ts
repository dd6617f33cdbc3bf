import { describe, expect, it } from "vitest";
import type { ModuleReport } from "../../scripts/kit/moduleReports.js";
import { LOAD_FAILED } from "../../scripts/kit/failureMessage.js";
import { readManifest } from "../../scripts/kit/manifest.js";
import { shareCents } from "../../scripts/kit/points.js";
import { formatTable, groupKey, score } from "../../scripts/kit/score.js";
import { exportedNames, implModuleSource } from "../../scripts/kit/implResolver.js";
import { typeErrors, typecheckInRounds } from "../../scripts/kit/typecheck.js";

const manifest = [
  { folder: "01-expressions", title: "Expressions", points: 10, hiddenPoints: 0 },
  { folder: "05-gradient-descent", title: "Gradient descent", points: 10, hiddenPoints: 2 },
];
const names = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
const module = (file: string, passed: readonly string[], failed: readonly string[] = []): ModuleReport => ({
  target: "exercises",
  file,
  tests: [
    ...passed.map((name) => ({ name, state: "passed" as const })),
    ...failed.map((name) => ({ name, state: "failed" as const, message: "wrong" })),
  ],
});
const cents = (value: number): number => Math.round(value * 100);

describe("kit: points add up exactly", () => {
  it("10 points over 11 tests: ten tests of 0.91 and one of 0.90, 10.00 in all", () => {
    expect(shareCents(10, 11)).toEqual([...new Array(10).fill(91), 90]);
    expect(shareCents(10, 11).reduce((a, b) => a + b)).toBe(1000);
  });
  it("every exercise's shares sum to its points, for any number of tests", () => {
    for (const points of [10, 12, 15, 23, 0.5, 2])
      for (let n = 1; n <= 40; n++) expect(shareCents(points, n).reduce((a, b) => a + b)).toBe(cents(points));
  });
  it("the course's whole results: per-test maxima sum to max_score, scores to score", () => {
    const course = readManifest();
    const modules = course.flatMap((exercise, i) => [
      module(
        `tests/graded/${exercise.folder}/a.test.ts`,
        names(exercise.folder, 3 + i),
        names(`${exercise.folder} failing`, i % 3),
      ),
      ...(exercise.hiddenPoints > 0
        ? [module(`tests/hidden/${exercise.folder}/h.test.ts`, names(`${exercise.folder} hidden`, 3))]
        : []),
    ]);
    const { results } = score(course, modules, { hidden: true });
    const total = course.reduce((sum, exercise) => sum + cents(exercise.points) + cents(exercise.hiddenPoints), 0);
    expect(cents(results.max_score)).toBe(total);
    expect(results.tests.reduce((sum, test) => sum + cents(test.max_score), 0)).toBe(total);
    expect(results.tests.reduce((sum, test) => sum + cents(test.score), 0)).toBe(cents(results.score));
  });
});

describe("kit: scoring", () => {
  const list = new Map([
    [groupKey("graded", "01-expressions"), names("w", 11)],
    [groupKey("graded", "05-gradient-descent"), names("g", 5)],
    [groupKey("hidden", "05-gradient-descent"), names("h", 1)],
  ]);
  it("the test list decides the tests: one missing from the report fails, an extra one is ignored", () => {
    const modules = [module("tests/graded/01-expressions/w.test.ts", [...names("w", 10), "invented"])];
    const { results, rows } = score(manifest, modules, { hidden: true, testList: list });
    expect(results.tests.filter((test) => test.number.startsWith("1.")).map((test) => test.name)).toEqual(
      names("w", 11),
    );
    expect(rows[0]).toMatchObject({ passed: 10, total: 11, cents: 910 });
    expect(results.tests.find((test) => test.name === "w 11")!.output).toContain("No result was reported");
  });
  it("an exercise with type errors scores 0, keeps its test count and maximum, and shows the compiler's message", () => {
    const modules = [module("tests/graded/01-expressions/w.test.ts", names("w", 11))];
    const exerciseZero = new Map([
      [
        "01-expressions",
        { note: "type errors", message: "error TS2322: Type 'number' is not assignable to type 'string'." },
      ],
    ]);
    const { results, rows } = score(manifest, modules, { hidden: true, testList: list, exerciseZero });
    expect(rows[0]).toMatchObject({ passed: 0, total: 11, cents: 0, maxCents: 1000, note: "type errors" });
    expect(results.tests[0]!.output).toContain("TS2322");
    expect(formatTable(rows, { hiddenResults: false })).toContain("01-expressions (type errors)");
  });
  it("a suite that timed out scores 0 with its reason; the other exercise keeps its points", () => {
    const modules = [module("tests/graded/01-expressions/w.test.ts", names("w", 11))];
    const groupZero = new Map([
      [groupKey("graded", "05-gradient-descent"), { note: "timed out", message: "Timed out after 60 s" }],
    ]);
    const { results, rows } = score(manifest, modules, { hidden: true, testList: list, groupZero });
    expect(rows.map((row) => [row.cents, row.total])).toEqual([
      [1000, 11],
      [0, 5],
    ]);
    // Numbered by folder: 05's first test is 5.1, though it is the manifest's second exercise.
    expect(results.tests.find((test) => test.number === "5.1")!.output).toBe("Timed out after 60 s");
    expect(results.score).toBe(10);
  });
  it("a file that does not load zeroes its exercise with that note", () => {
    const tampered: ModuleReport = {
      target: "exercises",
      file: "tests/graded/05-gradient-descent/g.test.ts",
      tests: [
        ...names("g", 4).map((name) => ({ name, state: "passed" as const })),
        { name: "g 5", state: "failed", message: `${LOAD_FAILED}: SyntaxError: Expected ";" but found "x"` },
      ],
    };
    const { rows } = score(manifest, [tampered], { hidden: false, testList: list });
    expect(rows[1]).toMatchObject({ cents: 0, note: "does not load" });
  });
  it("a file that does not load keeps the exercise's maximum and says so", () => {
    const broken: ModuleReport = {
      target: "exercises",
      file: "tests/graded/01-expressions/w.test.ts",
      loadError: "SyntaxError: Unexpected token",
      tests: [],
    };
    const { results, rows } = score(manifest, [broken], { hidden: false });
    expect(rows[0]).toMatchObject({ cents: 0, maxCents: 1000, note: "does not load" });
    expect(results.tests[0]).toMatchObject({ max_score: 10, status: "failed" });
    expect(results.tests[0]!.output).toContain("SyntaxError");
  });
  it("grading one exercise (a mutant) reports only that exercise", () => {
    const { rows, results } = score(manifest, [], { hidden: true, only: ["05-gradient-descent"] });
    expect(rows.map((row) => row.exercise.folder)).toEqual(["05-gradient-descent"]);
    expect(results.max_score).toBe(12);
  });
});

describe("kit: one table everywhere", () => {
  const modules = [
    module("tests/graded/01-expressions/w.test.ts", names("w", 11)),
    module("tests/hidden/05-gradient-descent/h.test.ts", ["h 1"]),
  ];
  it("a student's copy shows the visible points and how many more the hidden tests are worth", () => {
    const { rows, results } = score(manifest, modules, { hidden: false });
    const table = formatTable(rows, { hiddenResults: false });
    expect(table).toMatch(/total\s+11\/\d+\s+10 \/ 20/);
    expect(table).toContain("+ 2 more points from hidden tests, graded on submission");
    expect(results.max_score).toBe(20);
  });
  it("Gradescope's output is the same table, hidden results not shown; an instructor's copy shows them", () => {
    const { rows, results } = score(manifest, modules, { hidden: true });
    expect(results.output).toBe(formatTable(rows, { hiddenResults: false }));
    expect(results.max_score).toBe(22);
    expect(formatTable(rows, { hiddenResults: true })).toContain("hidden tests: 1/1 passed, 2 / 2 points");
  });
});

describe("kit: a test's @impl module is live bindings named by the trusted file", () => {
  it("names are read from the text, even when it does not parse; types are left out", () => {
    expect(
      exportedNames(
        "export class LinearRegression {\n  fit( {\nexport function predict() {}\nexport { a as b, type C };\nexport const xs = [1];",
      ),
    ).toEqual(["LinearRegression", "predict", "b", "xs"]);
  });
  it("the module declares one live binding per name and registers them with the grader's link", () => {
    const source = implModuleSource("05-gradient-descent/gradientDescent", ["loss", "xs"], "/link.ts");
    expect(source).toContain("export let loss, xs;");
    expect(source).toContain('implModule("05-gradient-descent/gradientDescent", ["loss","xs"]');
  });
});

describe("kit: type errors count", () => {
  it("tsc's diagnostics are grouped by exercise, with the compiler's message", () => {
    const output = [
      "exercises/01-expressions/warmups.ts(3,14): error TS2322: Type 'number' is not assignable to type 'string'.",
      "exercises/06-linear-regression/LinearRegression.ts(10,5): error TS2339: Property 'x' does not exist on type 'Y'.",
      "  Did you mean 'y'?",
    ].join("\n");
    const errors = typeErrors(output);
    expect([...errors.keys()]).toEqual(["01-expressions", "06-linear-regression"]);
    expect(errors.get("06-linear-regression")!.message).toContain("Did you mean 'y'?");
  });
  const FOLDERS = ["01-expressions", "02-derivative-rules", "03-chain-rule"];
  it("a syntax error in one exercise does not hide another's type errors: tsc runs again without it", async () => {
    const rounds: string[][] = [];
    const found = await typecheckInRounds(async (exclude) => {
      rounds.push([...exclude]);
      return {
        code: 2,
        output:
          exclude.length === 0
            ? "exercises/02-derivative-rules/Multiplication.ts(2,9): error TS1005: ',' expected."
            : "exercises/01-expressions/warmups.ts(3,14): error TS2322: Type 'number' is not assignable to type 'string'.",
      };
    }, FOLDERS);
    expect(rounds).toEqual([[], ["02-derivative-rules"]]);
    expect([...found.keys()].sort()).toEqual(["01-expressions", "02-derivative-rules"]);
  });
  it("a tsc that crashes without a diagnostic fails closed: each exercise is checked alone, the one it cannot check scores 0", async () => {
    // 30,000 nested parentheses in 02 overflow tsc's stack: exit 7, "RangeError: Maximum call stack size exceeded".
    const found = await typecheckInRounds(async (exclude) => {
      const checked = FOLDERS.filter((folder) => !exclude.includes(folder));
      return checked.includes("02-derivative-rules")
        ? { code: 7, output: "RangeError: Maximum call stack size exceeded\n    at ..." }
        : { code: 0, output: "" };
    }, FOLDERS);
    expect([...found.keys()]).toEqual(["02-derivative-rules"]);
    expect(found.get("02-derivative-rules")).toMatchObject({ note: "type-check failed" });
    expect(found.get("02-derivative-rules")!.message).toContain("Maximum call stack size exceeded");
  });
  it("a clean tsc finds nothing", async () => {
    expect((await typecheckInRounds(async () => ({ code: 0, output: "" }), FOLDERS)).size).toBe(0);
  });
});
