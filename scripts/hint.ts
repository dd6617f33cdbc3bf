/**
 * Shows hints, one at a time by default, as rustlings does.
 *
 * @example
 * npm run hint            # the next hint of the first unfinished exercise
 * npm run hint -- 6       # the next hint of exercise 6 (again: the one after)
 * npm run hint -- 6 2     # hint 2 of exercise 6
 * npm run hint -- 6 all   # every hint of exercise 6
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHints, unfinishedExercise } from "./kit/hints.js";
import { readHintsShown, readProgress, saveHintsShown } from "./kit/progress.js";
import { ROOT } from "./kit/targets.js";

const USAGE = "Usage: npm run hint [-- <exercise number> [<hint number> | all]]";
const fail = (message: string): never => {
  console.error(`error: ${message}. ${USAGE}`);
  process.exit(2);
};

const folder = join(ROOT, "exercises");
const exercises = existsSync(folder) ? readdirSync(folder).filter((name) => /^\d\d-/.test(name)).sort() : [];
const [which, choice, ...rest] = process.argv.slice(2);
if (rest.length > 0) fail(`too many arguments (${process.argv.slice(2).join(" ")})`);

let exercise: string;
if (which === undefined) {
  const next = unfinishedExercise(folder, exercises, readProgress());
  if (next === undefined) {
    console.log("Every exercise is finished (no TODO left, and npm run grade passed them all). Well done.");
    process.exit(0);
  }
  exercise = next;
} else {
  const number = /^\d+$/.test(which) ? Number(which) : Number.NaN;
  const found = exercises.find((name) => Number(name.slice(0, 2)) === number);
  if (found === undefined) {
    fail(`no exercise "${which}": the exercises are 1 to ${exercises.length} (${exercises[0] ?? "none"} ... ${exercises.at(-1) ?? "none"})`);
  }
  exercise = found!;
}

const hints = parseHints(readFileSync(join(folder, exercise, "hints.md"), "utf8"));
const shown = readHintsShown();
const show = (index: number): void => console.log(`Hint ${index + 1} of ${hints.length} for ${exercise}:\n\n${hints[index]}`);
if (choice === "all") {
  hints.forEach((_, index) => show(index));
} else if (choice !== undefined) {
  const index = /^\d+$/.test(choice) ? Number(choice) - 1 : -1;
  if (index < 0 || index >= hints.length) fail(`${exercise} has ${hints.length} hints (1 to ${hints.length}); "${choice}" is not one of them`);
  show(index);
} else {
  const seen = shown[exercise] ?? 0;
  if (seen >= hints.length) {
    console.log(`That was the last of ${exercise}'s ${hints.length} hints. npm run hint -- ${Number(exercise.slice(0, 2))} all shows them together; the exercise README has the method.`);
  } else {
    show(seen);
    saveHintsShown({ ...shown, [exercise]: seen + 1 });
    if (seen + 1 < hints.length) console.log(`\n(npm run hint again for the next one.)`);
  }
}
