/**
 * The grader's setup file, run before each test file: a fresh student process for the file and its @impl
 * modules loaded there before the file's own hooks and tests; ended after them.
 */
import { relative } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { beginFile, endFile } from "./graderLink.js";

beforeAll(async () => {
  const testPath = expect.getState().testPath;
  if (testPath === undefined) throw new Error("The grader cannot tell which test file is running");
  await beginFile(testPath, relative(process.env.KIT_GRADER_ROOT ?? process.cwd(), testPath));
});

afterAll(() => endFile());
