/**
 * Copies a Gradescope submission over the stubs in exercises/ (run by the autograder's run_autograder).
 *
 * @example
 * tsx scripts/collect-submission.ts /autograder/submission exercises
 */
import { resolve } from "node:path";
import { collectSubmission } from "./kit/collectSubmission.js";

const [submission = "/autograder/submission", exercises = "exercises"] = process.argv.slice(2);
const { copied, ignored } = collectSubmission(resolve(submission), resolve(exercises));
console.log(`Copied ${copied.length} file(s):\n  ${copied.join("\n  ")}`);
if (ignored.length > 0) console.log(`Ignored (no exercise file of that name):\n  ${ignored.join("\n  ")}`);
