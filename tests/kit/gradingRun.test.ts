import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModuleReport } from "../../scripts/kit/moduleReports.js";
import { type GradingResult, gradeWork } from "../../scripts/kit/grading/gradingRun.js";
import { localIsolation } from "../../scripts/kit/grading/isolation.js";
import { whereThrown } from "../../scripts/kit/grading/whereThrown.js";
import { readManifest } from "../../scripts/kit/manifest.js";
import { ROOT } from "../../scripts/kit/targets.js";

// The grading run every command uses (npm run grade, watch, check, the autograder's, locally without a user
// switch), on a student's copy with the usual mistakes: 01 does not parse, 03's Sigmoid.diff calls itself
// instead of its operand's diff (its other nodes are solved), 05 loops forever under a 1-second limit.
const scratch = mkdtempSync(join(tmpdir(), "gradkit-run-"));
const work = join(scratch, "exercises");
const solution = (path: string): string => readFileSync(join(ROOT, "solutions", path), "utf8");
const SIGMOID_RECURSION = "return s * (1 - s) * this.diff(env, wrt);";
let run: GradingResult;
let seconds: number;

beforeAll(async () => {
  cpSync(join(ROOT, "exercises"), work, { recursive: true });
  symlinkSync(join(ROOT, "src"), join(scratch, "src"));
  writeFileSync(
    join(work, "01-expressions", "warmups.ts"),
    `${solution("01-expressions/warmups.ts")}\nexport const x = ;\n`,
  );
  for (const file of ["Sine.ts", "HyperbolicTangent.ts", "Relu.ts"])
    writeFileSync(join(work, "03-chain-rule", file), solution(`03-chain-rule/${file}`));
  writeFileSync(
    join(work, "03-chain-rule", "Sigmoid.ts"),
    solution("03-chain-rule/Sigmoid.ts").replace(
      "return s * (1 - s) * this.operand.diff(env, wrt);",
      SIGMOID_RECURSION,
    ),
  );
  writeFileSync(
    join(work, "05-gradient-descent", "gradientDescent.ts"),
    solution("05-gradient-descent/gradientDescent.ts").replace(
      "  let total = 0;\n",
      "  let total = 0;\n  while (true) {}\n",
    ),
  );
  const manifest = readManifest().filter((exercise) => ["01", "03", "05"].includes(exercise.folder.slice(0, 2)));
  const started = Date.now();
  run = await gradeWork({
    work,
    exercises: manifest.map((exercise) =>
      exercise.folder.startsWith("05") ? { ...exercise, timeoutSeconds: 1 } : exercise,
    ),
    suites: ["graded"],
    isolation: localIsolation,
  });
  seconds = (Date.now() - started) / 1000;
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const of = (folder: string): ModuleReport =>
  run.modules.find((module) => module.file.startsWith(`tests/graded/${folder}/`))!;

describe("kit: the grading run", () => {
  it("a file that does not load fails each of its tests with the error and its file:line, and every test is counted", () => {
    const tests = of("01-expressions").tests;
    expect(tests).toHaveLength(11);
    expect(tests.every((test) => test.state !== "passed")).toBe(true);
    expect(tests[0]!.message).toMatch(/^Your file does not load/);
    expect(tests[0]!.message).toMatch(/exercises\/01-expressions\/warmups\.ts:\d+/);
  });
  it("an endless loop ends at the exercise's limit: every test of it fails with the time-out, the next exercise runs", () => {
    expect(run.groupZero.get("graded/05-gradient-descent")).toMatchObject({ note: "timed out" });
    expect(run.groupZero.get("graded/05-gradient-descent")!.message).toContain(
      "Timed out after 1 s: is there a loop that never ends?",
    );
    expect(of("05-gradient-descent").tests).toHaveLength(5);
    expect(seconds).toBeGreaterThan(1);
  });
  it("a stack overflow shows the student's own recursive call, not the first line of the file", () => {
    const sigmoid = of("03-chain-rule").tests.filter(
      (test) => test.name.includes("Sigmoid") && test.state === "failed",
    );
    expect(sigmoid.length).toBeGreaterThan(0);
    const line =
      solution("03-chain-rule/Sigmoid.ts")
        .split("\n")
        .findIndex((text) => text.includes("this.operand.diff")) + 1;
    expect(sigmoid[0]!.message).toContain("Maximum call stack size exceeded");
    expect(sigmoid[0]!.message).toContain(`at exercises/03-chain-rule/Sigmoid.ts:${line}`);
    // The other nodes of 03 are solved and pass.
    expect(
      of("03-chain-rule")
        .tests.filter((test) => test.name.includes("Sine"))
        .every((test) => test.state === "passed"),
    ).toBe(true);
  });
  it("the deepest frame inside the student's folder is where it threw; for a stack overflow, the frame that repeats", () => {
    const frames = [
      "    at loss (/w/node_modules/x/index.js:3:3)",
      "    at Sigmoid.eval (/w/exercises/03-chain-rule/Sigmoid.ts:11:5)",
      "    at Sigmoid.diff (/w/exercises/03-chain-rule/Sigmoid.ts:18:20)",
      "    at Sigmoid.diff (/w/exercises/03-chain-rule/Sigmoid.ts:19:31)",
      "    at Sigmoid.diff (/w/exercises/03-chain-rule/Sigmoid.ts:19:31)",
      "    at Object.run (/w/tests/x.test.ts:1:1)",
    ];
    expect(whereThrown(["Error: x", ...frames].join("\n"), "/w/exercises")).toBe(
      "exercises/03-chain-rule/Sigmoid.ts:11:5",
    );
    expect(whereThrown(["RangeError: Maximum call stack size exceeded", ...frames].join("\n"), "/w/exercises")).toBe(
      "exercises/03-chain-rule/Sigmoid.ts:19:31",
    );
    expect(whereThrown("Error: x\n    at f (/elsewhere/a.ts:1:1)", "/w/exercises")).toBeUndefined();
  });
});
