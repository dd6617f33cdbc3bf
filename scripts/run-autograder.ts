/**
 * What Gradescope's run_autograder runs, as root: grades /autograder/submission and writes
 * /autograder/results/results.json (see scripts/kit/autograde.ts). AUTOGRADER_ROOT moves the layout.
 *
 * @example
 * node node_modules/tsx/dist/cli.mjs scripts/run-autograder.ts
 */
import { autograde, studentAccount } from "./kit/autograde.js";
import { autograderLayout } from "./kit/layout.js";

if (process.getuid?.() !== 0) {
  console.error("error: the autograder runs as root (it runs the student's code as another user); use npm run grade to grade locally");
  process.exit(2);
}
const { log } = await autograde(autograderLayout(), studentAccount());
for (const line of log) console.log(line);
