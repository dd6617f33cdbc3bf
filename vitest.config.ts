import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The longest files, longest first. Started first, they run beside all the short ones; left to the default
// order (file size, on a fresh clone with no timings cached) the deep-tree file started last and ran alone
// for its last ten seconds, which kept `npm test` close to a minute on two cores.
const LONG_FILES = [
  "browser/playground",
  "kit/gradingRun",
  "autodiff/deepNesting",
  "autodiff/deepTrees",
  "cli/fit",
  "parse/parse",
  "internals/importAlone",
  "compile/compile",
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const k = LONG_FILES.findIndex((name) => file.moduleId.replaceAll("\\", "/").endsWith(`tests/${name}.test.ts`));
      return k < 0 ? LONG_FILES.length : k;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}

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
    sequence: { sequencer: LongFilesFirst },
  },
});
