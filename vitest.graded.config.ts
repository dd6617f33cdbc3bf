import { join } from "node:path";
import { defineConfig } from "vitest/config";
import { implResolver } from "./scripts/kit/implResolver.js";
import { ROOT } from "./scripts/kit/targets.js";

/**
 * The graded suite as the grader runs it (scripts/kit/grading/graderMain.ts, started by a grading run: npm
 * run grade, watch, check, the autograder): tests/graded and tests/hidden, every `@impl/...` import a module
 * of live bindings to the student's code, which runs in a process of its own. One worker, one file at a time:
 * the worker talks to the student's processes over one pair of file descriptors.
 *
 * KIT_EXPORTS_FROM: the trusted folder whose files name what each @impl module exports (solutions/ by default;
 * the autograder's pristine stubs). KIT_CACHE_DIR: where Vite may write (the grader's private home).
 */
const exportsFrom = process.env.KIT_EXPORTS_FROM ?? join(ROOT, "solutions");
const link = join(ROOT, "scripts", "kit", "grading", "graderLink.ts");
// KIT_LIBRARY / KIT_LIBRARY_ENTRY: the library bundled once per run (studentRuntime.ts), which the grader loads too.
const library =
  process.env.KIT_LIBRARY === undefined || process.env.KIT_LIBRARY_ENTRY === undefined
    ? undefined
    : { bundle: process.env.KIT_LIBRARY, entry: process.env.KIT_LIBRARY_ENTRY };

export default defineConfig({
  ...(process.env.KIT_CACHE_DIR === undefined ? {} : { cacheDir: process.env.KIT_CACHE_DIR }),
  plugins: [implResolver(exportsFrom, link, library)],
  test: {
    include: ["tests/graded/**/*.test.ts", "tests/hidden/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: [join(ROOT, "scripts", "kit", "grading", "graderSetup.ts")],
    // Failure messages show every value, not "[ 1, 2, …(8) ]" (failureMessage.ts caps each message).
    chaiConfig: { truncateThreshold: 0 },
    pool: "threads",
    maxWorkers: 1,
    minWorkers: 1,
    // The graded tests share no state, and reloading the library for each file costs more than the tests.
    isolate: false,
    cache: false,
    // The bundled library is loaded by Node as it is (it needs no transform).
    server: { deps: { external: [/library\.mjs$/] } },
  },
});
