import { type CheckReport, checkExercises, enabledExercises, formatCheckLine } from "./check.js";

/**
 * Before `npm run autograder` or `npm run bundle` writes its zip: `npm run check` on every enabled exercise. A
 * failed check is a refusal naming what failed (exit 1), so a broken solution, a stub that passes a test or a
 * mutant no test catches never ships. `--skip-check` builds anyway, with a warning, for an emergency (the fix
 * of a typo in a README while the check of a long exercise cannot wait); never for a real release.
 * Returns whether to go on.
 */
export async function checkBeforeBuilding(what: string, skip: boolean): Promise<boolean> {
  if (skip) {
    console.error(
      `warning: --skip-check: building ${what} without npm run check; nothing says its exercises are sound`,
    );
    return true;
  }
  const folders = enabledExercises();
  console.log(`Checking the ${folders.length} enabled exercises before building ${what} (npm run check)...`);
  const started = Date.now();
  const report: CheckReport = await checkExercises(folders);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (report.ok) {
    console.log(`All ${report.lines.length} checks ok (${seconds} s).`);
    return true;
  }
  console.error(report.failed.map(formatCheckLine).join("\n"));
  console.error(
    `error: not building ${what}: ${report.failed.length} of ${report.lines.length} checks failed (above). ` +
      "Fix them and run npm run check -- <number>; --skip-check builds anyway, for emergencies only.",
  );
  return false;
}
