import { defineConfig } from "vitest/config";

/**
 * `npm run test:grader`: the kit's slow checks, kept out of `npm test` (which runs tests/kit/*.test.ts in
 * seconds): the graded suite on solutions/, exercises/ and every mutant, and the red team, hostile
 * submissions run through run_autograder on a simulated Gradescope layout (needs root; skipped otherwise).
 */
export default defineConfig({
  test: {
    include: ["tests/kit/**/*.grader.ts"],
    testTimeout: 120_000,
    hookTimeout: 1_200_000,
  },
});
