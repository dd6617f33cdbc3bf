import { defineConfig } from "vitest/config";
import { implResolver } from "./scripts/kit/implResolver.js";
import { targetsFromEnv } from "./scripts/kit/targets.js";

/**
 * The graded suite: tests/graded (and tests/hidden, where present) run against each target in
 * KIT_TARGETS / KIT_TARGET (default: exercises), one vitest project per target. Each test imports the code
 * under test as `@impl/<exercise>/<File>.js`; the project's resolver picks the target's copy.
 *
 * The autograder narrows a run with KIT_SUITES ("graded" or "hidden": the hidden tests are unreadable while
 * the visible ones run) and runs the student's code in a worker process of its own (KIT_POOL=forks).
 */
const suites = (process.env.KIT_SUITES ?? "graded,hidden").split(",").map((suite) => `tests/${suite.trim()}`);
const pool = process.env.KIT_POOL === "forks" ? "forks" : "threads";

export default defineConfig({
  test: {
    // Each project below sets its own options: inline projects do not inherit this root block.
    projects: targetsFromEnv().map((target) => ({
      plugins: [implResolver(target)],
      test: {
        name: target.name,
        include: suites.flatMap((suite) =>
          (target.exercises ?? ["*"]).map((exercise) => `${suite}/${exercise}/**/*.test.ts`),
        ),
        testTimeout: 60_000,
        // Some suites train a model in beforeAll: on a slow or busy machine that takes more than vitest's 10 s.
        hookTimeout: 60_000,
        // Before any student code loads: freeze what the assertions rely on (scripts/kit/assertionGuard.ts).
        setupFiles: ["./scripts/kit/assertionGuard.ts"],
        // Failure messages show every value, not "[ 1, 2, …(8) ]" (KitReporter caps each message).
        chaiConfig: { truncateThreshold: 0 },
        // The graded tests share no state, and reloading the library for each file costs more than the tests.
        pool,
        isolate: false,
      },
    })),
  },
});
