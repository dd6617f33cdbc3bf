import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModuleReport } from "./KitReporter.js";
import { ROOT, type Target } from "./targets.js";

/** What one run of the graded suite gives back: a report per (target, test file), and the runner's output. */
export interface SuiteRun {
  readonly modules: readonly ModuleReport[];
  readonly output: string;
}

/**
 * Runs the graded suite (tests/graded and, where present, tests/hidden) against every target in ONE vitest
 * process, one vitest project per target, and collects the results through KitReporter.
 */
export async function runGradedSuite(targets: readonly Target[], options: { readonly echo?: boolean } = {}): Promise<SuiteRun> {
  const scratch = mkdtempSync(join(tmpdir(), "gradkit-grade-"));
  const reportFile = join(scratch, "report.json");
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(
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
          env: { ...process.env, KIT_TARGETS: targets.map((target) => target.name).join(","), KIT_REPORT_FILE: reportFile },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let text = "";
      const collect = (chunk: Buffer): void => {
        text += chunk.toString();
        if (options.echo === true) process.stderr.write(chunk);
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("error", reject);
      child.on("close", () => resolve(text));
    });
    let modules: ModuleReport[];
    try {
      modules = JSON.parse(readFileSync(reportFile, "utf8")) as ModuleReport[];
    } catch {
      throw new Error(`The graded suite did not run (no report from vitest). Its output:\n${output}`);
    }
    return { modules, output };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
