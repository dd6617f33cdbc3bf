/**
 * Shows hints, one at a time by default, as rustlings does (scripts/kit/hints.ts has the rules).
 *
 * @example
 * npm run hint            # the next hint of the exercise last saved or graded alone, else the first unfinished one
 * npm run hint -- 6       # the next hint of exercise 6 (again: the one after); 06 or 06-linear-regression too
 * npm run hint -- 6 2     # hint 2 of exercise 6
 * npm run hint -- 6 all   # every hint of exercise 6
 */
import { join } from "node:path";
import { hintCommand } from "./kit/hints.js";
import { stateFolder } from "./kit/progress.js";
import { ROOT } from "./kit/targets.js";

const { code, output } = hintCommand(process.argv.slice(2), {
  exercises: join(ROOT, "exercises"),
  state: stateFolder(),
});
(code === 0 ? console.log : console.error)(output);
process.exitCode = code;
