/**
 * What Gradescope's run_autograder runs, as root: grades /autograder/submission and writes
 * /autograder/results/results.json (see scripts/kit/autograde.ts). AUTOGRADER_ROOT moves the layout.
 * What goes to stdout is for staff only (results.json says stdout_visibility "hidden"): the run's log, how the
 * student's code was contained, and what it printed.
 *
 * @example
 * node node_modules/tsx/dist/cli.mjs scripts/run-autograder.ts
 */
import { autograde, placeholderResults, writeResultsAtomically } from "./kit/autograde.js";
import { autograderLayout } from "./kit/layout.js";

if (process.getuid?.() !== 0) {
  console.error(
    "error: the autograder runs as root (it runs the student's code as other users); use npm run grade to grade locally",
  );
  process.exit(2);
}
const layout = autograderLayout();
try {
  const { log, studentOutput } = await autograde(layout);
  for (const line of log) console.log(line);
  for (const [key, text] of studentOutput)
    console.log(`\n--- what the student's code printed in ${key} (staff only) ---\n${text}`);
} catch (error) {
  // The grader itself failed (not the submission): say so in results.json rather than leave the placeholder.
  console.error(error);
  try {
    writeResultsAtomically(
      layout.resultsFile,
      placeholderResults(
        `The autograder failed before it could grade this submission (${(error as Error).message.split("\n")[0]}). Please tell your instructor.`,
      ),
    );
  } catch (writing) {
    console.error(writing);
  }
  process.exitCode = 1;
}
