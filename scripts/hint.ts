/**
 * Shows the hints of one exercise, all of them or the first few.
 *
 * @example
 * npm run hint -- 6       # every hint of 06-linear-regression
 * npm run hint -- 6 2     # only the first two
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./kit/targets.js";

const [which, count] = process.argv.slice(2);
const folder = join(ROOT, "exercises");
const exercises = existsSync(folder) ? readdirSync(folder).filter((name) => /^\d\d-/.test(name)).sort() : [];
const number = Number.parseInt(which ?? "", 10);
const exercise = exercises.find((name) => Number.parseInt(name.slice(0, 2), 10) === number);
if (exercise === undefined) {
  console.error(`No exercise "${which ?? ""}" (exercises: ${exercises.join(", ")}). Usage: npm run hint -- <number> [how many]`);
  process.exit(1);
}
const text = readFileSync(join(folder, exercise, "hints.md"), "utf8");
if (count === undefined) {
  console.log(text.trimEnd());
} else {
  // Hints are a numbered list: keep the heading and the first `count` items.
  const limit = Number.parseInt(count, 10);
  const lines: string[] = [];
  let keep = true;
  for (const line of text.split("\n")) {
    const item = /^(\d+)\. /.exec(line);
    if (item !== null) keep = Number.parseInt(item[1]!, 10) <= limit;
    if (keep) lines.push(line);
  }
  console.log(lines.join("\n").trimEnd());
}
