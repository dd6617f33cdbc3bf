import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Progress } from "./progress.js";

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
export function unfinishedExercise(folder: string, exercises: readonly string[], progress: Readonly<Record<string, Progress>>): string | undefined {
  return exercises.find((exercise) => {
    const last = progress[exercise];
    if (last !== undefined && last.passed < last.total) return true;
    const files = readdirSync(join(folder, exercise)).filter((name) => name.endsWith(".ts"));
    return files.some((name) => readFileSync(join(folder, exercise, name), "utf8").includes('throw new Error("TODO('));
  });
}
