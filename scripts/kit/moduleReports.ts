import { relative } from "node:path";
import type { TestCase, TestModule } from "vitest/node";
import { describeError } from "./failureMessage.js";
import { ROOT } from "./targets.js";

/** One test's outcome in one target. */
export interface TestReport {
  readonly name: string;
  readonly state: "passed" | "failed" | "skipped";
  readonly message?: string;
}

/** One graded test file run against one target. */
export interface ModuleReport {
  /** The target's name (the vitest project). */
  readonly target: string;
  /** Path from the project root, e.g. "tests/graded/06-linear-regression/LinearRegression.test.ts". */
  readonly file: string;
  /** Set when the file could not even load (a syntax error, a missing export or file). */
  readonly loadError?: string;
  readonly tests: readonly TestReport[];
}

/** Why a test did not run: the error of a beforeAll in a suite around it, if any. */
function suiteError(test: TestCase): string | undefined {
  for (let parent = test.parent; parent.type === "suite"; parent = parent.parent) {
    const errors = parent.errors();
    if (errors.length > 0) return `did not run: ${errors.map(describeError).join("\n")}`;
  }
  return undefined;
}

/** Flattens vitest's test modules into plain reports. */
export function toModuleReports(testModules: ReadonlyArray<TestModule>, root = ROOT): ModuleReport[] {
  return testModules.map((module) => {
    const tests: TestReport[] = [];
    for (const test of module.children.allTests()) {
      const result = test.result();
      const state = result.state === "passed" ? "passed" : result.state === "failed" ? "failed" : "skipped";
      const message =
        result.state === "failed"
          ? result.errors.map(describeError).join("\n")
          : result.state === "passed"
            ? undefined
            : suiteError(test);
      tests.push({ name: test.fullName, state, ...(message === undefined ? {} : { message }) });
    }
    const errors = module.errors();
    const loadError = errors.length > 0 ? errors.map(describeError).join("\n") : undefined;
    return {
      target: module.project.name,
      file: relative(root, module.moduleId),
      ...(loadError === undefined ? {} : { loadError }),
      tests,
    };
  });
}
