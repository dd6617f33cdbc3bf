import { readFileSync, writeFileSync, writeSync } from "node:fs";
import { relative } from "node:path";
import type { Reporter, TestCase, TestModule } from "vitest/node";
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

/** Writes all of `bytes` to `fd`, waiting out EAGAIN: the grader's end of the pipe may be non-blocking and full. */
function writeAllSync(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    }
  }
}

/** The markers around a report sent on a file descriptor: `<nonce> BEGIN` ... `<nonce> END`. */
export function reportFrame(nonce: string): { begin: string; end: string } {
  return { begin: `\n${nonce} BEGIN\n`, end: `\n${nonce} END\n` };
}

/**
 * Writes every module's report as JSON at the end of a run, to one of:
 * - the file named by KIT_REPORT_FILE (npm run grade: nobody else runs code on the machine);
 * - the file descriptor KIT_REPORT_FD, framed by a nonce read from stdin when KIT_REPORT_NONCE=stdin (the
 *   autograder). The grader writes the nonce and closes stdin before any test file loads, so the nonce lives
 *   only in this process's memory, and the student's code, which runs in a worker process, cannot forge a frame.
 */
export default class KitReporter implements Reporter {
  private readonly nonce: string | undefined =
    process.env.KIT_REPORT_NONCE === "stdin" ? readFileSync(0, "utf8").trim() : undefined;

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const json = JSON.stringify(toModuleReports(testModules));
    const fd = process.env.KIT_REPORT_FD;
    if (fd !== undefined && this.nonce !== undefined && this.nonce.length > 0) {
      const { begin, end } = reportFrame(this.nonce);
      writeAllSync(Number(fd), Buffer.from(`${begin}${json}${end}`));
      return;
    }
    const file = process.env.KIT_REPORT_FILE;
    if (file !== undefined) writeFileSync(file, json);
  }
}
