import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModuleReport } from "./KitReporter.js";
import { run } from "./run.js";
import { ROOT, type Target } from "./targets.js";

/**
 * Runs the graded suite (tests/graded and, where present, tests/hidden) against every target in ONE vitest
 * process, one vitest project per target, and returns a report per (target, test file) through KitReporter.
 * With `echo`, vitest's own output goes to stderr as it runs.
 */
export async function runGradedSuite(
  targets: readonly Target[],
  options: { readonly echo?: boolean; readonly env?: NodeJS.ProcessEnv } = {},
): Promise<ModuleReport[]> {
  const scratch = mkdtempSync(join(tmpdir(), "gradkit-grade-"));
  const reportFile = join(scratch, "report.json");
  try {
    const { output } = await run(
      process.execPath,
      [
        join(ROOT, "node_modules", "vitest", "vitest.mjs"),
        "run",
        "--config",
        join(ROOT, "vitest.graded.config.ts"),
        "--reporter",
        join(ROOT, "scripts", "kit", "KitReporter.ts"),
        "--reporter",
        options.echo === true ? "default" : "dot",
        "--passWithNoTests",
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...options.env,
          KIT_TARGETS: targets.map((target) => target.name).join(","),
          KIT_REPORT_FILE: reportFile,
        },
        echo: options.echo,
      },
    );
    try {
      return JSON.parse(readFileSync(reportFile, "utf8")) as ModuleReport[];
    } catch {
      throw new Error(`The graded suite did not run (no report from vitest). Its output:\n${output}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
