import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { exerciseArgument, exerciseNumber, unknownExercise } from "./exerciseArgument.js";
import { type Progress, readHintsShown, readLastExercise, readProgress, saveHintsShown } from "./progress.js";

const USAGE = "Usage: npm run hint [-- <exercise number or folder> [<hint number> | all]]";

/**
 * The numbered items of a hints.md (`1. ...`, continued on indented lines), each as its text.
 *
 * @example
 * parseHints("# Hints\n\n1. First.\n2. Second,\n   continued.") // ["First.", "Second,\ncontinued."]
 */
export function parseHints(markdown: string): string[] {
  const hints: string[] = [];
  for (const line of markdown.split("\n")) {
    const item = /^\d+\.\s+(.*)$/.exec(line);
    if (item !== null) hints.push(item[1]!);
    else if (hints.length > 0 && /^\s+\S/.test(line)) hints[hints.length - 1] += `\n${line.trim()}`;
  }
  return hints;
}

/**
 * The first exercise not yet done: one whose files still throw a TODO, or whose last grade (npm run grade or
 * watch) did not pass every test.
 */
export function unfinishedExercise(
  folder: string,
  exercises: readonly string[],
  progress: Readonly<Record<string, Progress>>,
): string | undefined {
  return exercises.find((exercise) => {
    const last = progress[exercise];
    if (last !== undefined && last.passed < last.total) return true;
    const files = readdirSync(join(folder, exercise)).filter((name) => name.endsWith(".ts"));
    return files.some((name) => readFileSync(join(folder, exercise, name), "utf8").includes('throw new Error("TODO('));
  });
}

/**
 * The exercise `npm run hint` with no number helps with: the one last saved (watch) or graded alone
 * (npm run grade -- 9) while it is unfinished, else the first unfinished one; undefined when all are finished.
 */
export function currentExercise(
  folder: string,
  exercises: readonly string[],
  progress: Readonly<Record<string, Progress>>,
  last: string | undefined,
): string | undefined {
  if (last !== undefined && exercises.includes(last) && unfinishedExercise(folder, [last], progress) !== undefined)
    return last;
  return unfinishedExercise(folder, exercises, progress);
}

/**
 * `npm run hint [exercise [n | all]]`: with no exercise, the one last saved or graded alone, or else the first
 * unfinished one (see currentExercise); with no n, the next hint not yet shown (remembered in `state`). Returns the
 * exit code (0, or 2 for a usage error) and the text to print; a usage error is one line.
 */
export function hintCommand(
  args: readonly string[],
  where: { readonly exercises: string; readonly state: string },
): { code: number; output: string } {
  const fail = (message: string): { code: number; output: string } => ({
    code: 2,
    output: `error: ${message}. ${USAGE}`,
  });
  const exercises = existsSync(where.exercises)
    ? readdirSync(where.exercises)
        .filter((name) => /^\d\d-/.test(name))
        .sort()
    : [];
  const [which, choice, ...rest] = args;
  if (rest.length > 0) return fail(`too many arguments (${args.join(" ")})`);
  let exercise: string | undefined;
  if (which === undefined) {
    exercise = currentExercise(where.exercises, exercises, readProgress(where.state), readLastExercise(where.state));
    if (exercise === undefined)
      return {
        code: 0,
        output: "Every exercise is finished (no TODO left, and your last grade passed them all). Well done.",
      };
  } else {
    exercise = exerciseArgument(which, exercises);
    if (exercise === undefined) return fail(unknownExercise(which, exercises));
  }
  const hints = parseHints(readFileSync(join(where.exercises, exercise, "hints.md"), "utf8"));
  const show = (index: number): string => `Hint ${index + 1} of ${hints.length} for ${exercise}:\n\n${hints[index]}`;
  if (choice === "all") return { code: 0, output: hints.map((_, index) => show(index)).join("\n\n") };
  if (choice !== undefined) {
    const index = /^\d+$/.test(choice) ? Number(choice) - 1 : -1;
    if (index < 0 || index >= hints.length)
      return fail(`${exercise} has ${hints.length} hints (1 to ${hints.length}); "${choice}" is not one of them`);
    return { code: 0, output: show(index) };
  }
  const shown = readHintsShown(where.state);
  const seen = shown[exercise] ?? 0;
  if (seen >= hints.length) {
    return {
      code: 0,
      output: `That was the last of ${exercise}'s ${hints.length} hints. npm run hint -- ${exerciseNumber(exercise)} all shows them together; the exercise README has the method.`,
    };
  }
  saveHintsShown({ ...shown, [exercise]: seen + 1 }, where.state);
  return {
    code: 0,
    output: `${show(seen)}${seen + 1 < hints.length ? "\n\n(npm run hint again for the next one.)" : ""}`,
  };
}
