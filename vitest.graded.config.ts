import { defineConfig } from "vitest/config";
import { implResolver } from "./scripts/kit/implResolver.js";
import { targetsFromEnv } from "./scripts/kit/targets.js";

/**
 * The graded suite: tests/graded (and tests/hidden, where present) run against each target in
 * KIT_TARGETS / KIT_TARGET (default: exercises), one vitest project per target. Each test imports the code
 * under test as `@impl/<exercise>/<File>.js`; the project's resolver picks the target's copy.
 */
const suites = ["tests/graded", "tests/hidden"];

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
        // The graded tests share no state, and reloading the library for each file costs more than the tests.
        pool: "threads",
        isolate: false,
      },
    })),
  },
});
