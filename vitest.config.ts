import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The course kit's graded suite runs through vitest.graded.config.ts (against solutions/ or exercises/).
    exclude: [...configDefaults.exclude, "tests/graded/**", "tests/hidden/**"],
    testTimeout: 30_000,
  },
});
