import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The course kit's graded suite runs through vitest.graded.config.ts (against solutions/ or exercises/).
    exclude: [...configDefaults.exclude, "tests/graded/**", "tests/hidden/**"],
    testTimeout: 30_000,
    // Workers keep their modules between test files: the engine, mathjs, Vega and the CLI are loaded once per
    // worker instead of once per file (about half the suite's CPU time). No test mocks modules or changes
    // globals, which is what isolating each file would protect against.
    isolate: false,
    // two workers on two cores: the long files (deep trees, the browser) run beside the rest
    maxWorkers: 2,
    minWorkers: 1,
  },
});
