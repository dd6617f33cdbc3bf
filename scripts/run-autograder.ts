/**
 * What Gradescope's run_autograder runs, as root: grades /autograder/submission and writes
 * /autograder/results/results.json (see scripts/kit/autograde.ts). AUTOGRADER_ROOT moves the layout.
 *
 * @example
 * node node_modules/tsx/dist/cli.mjs scripts/run-autograder.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { autograde, studentAccount } from "./kit/autograde.js";
import { autograderLayout } from "./kit/layout.js";
import { endAllOf } from "./kit/sandbox.js";

if (process.getuid?.() !== 0) {
  console.error(
    "error: the autograder runs as root (it runs the student's code as another user); use npm run grade to grade locally",
  );
  process.exit(2);
}
const layout = autograderLayout();
const account = studentAccount();
try {
  const { log } = await autograde(layout, account);
  for (const line of log) console.log(line);
} catch (error) {
  // The grader itself failed (not the submission): say so in results.json rather than leave none.
  console.error(error);
  await endAllOf(account.uid).catch((survivors: unknown) => console.error(survivors));
  mkdirSync(dirname(layout.resultsFile), { recursive: true });
  const results = {
    score: 0,
    output: `The autograder failed before it could grade this submission (${(error as Error).message.split("\n")[0]}). Please tell your instructor.`,
    visibility: "visible",
    stdout_visibility: "hidden",
    tests: [],
  };
  writeFileSync(layout.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  process.exitCode = 1;
}
