import type { Reporter, TestModule } from "vitest/node";
import { toModuleReports } from "./KitReporter.js";
import { hasHiddenTests, readManifest } from "./manifest.js";
import { formatTable, score } from "./score.js";

/** For `npm run watch`: after every run (every save), the points table of `npm run grade`. */
export default class ProgressReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const { rows } = score(readManifest(), toModuleReports(testModules), { hidden: hasHiddenTests() });
    console.log(`\n${formatTable(rows)}\n`);
  }
}
