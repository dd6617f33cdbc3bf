import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { filesUnder } from "./filesUnder.js";
import { disabledFolders } from "./manifest.js";
import { ROOT } from "./targets.js";

const BEGIN = /^(\s*)\/\/ BEGIN SOLUTION(?: TODO\(([^)]+)\): (.+))?$/;
const END = /^\s*\/\/ END SOLUTION$/;

/** Settings the exercises tree adds for itself: a stub leaves its parameters and imports unused. */
const EXERCISES_TSCONFIG = `${JSON.stringify(
  {
    extends: "../tsconfig.json",
    compilerOptions: { noUnusedLocals: false, noUnusedParameters: false },
    include: ["**/*.ts"],
  },
  null,
  2,
)}\n`;

/**
 * The stub of one solution file: each `// BEGIN SOLUTION TODO(<id>): <what>` ... `// END SOLUTION`
 * region becomes a `// TODO: <what>` line and `throw new Error("TODO(<id>): <what>")`, indented alike,
 * so the stub keeps every signature and still type-checks.
 */
export function stubOf(source: string, file = "<source>"): string {
  const out: string[] = [];
  let open: { line: number } | undefined;
  source.split("\n").forEach((line, index) => {
    const begin = BEGIN.exec(line);
    if (begin !== null) {
      if (open !== undefined)
        throw new Error(`${file}:${index + 1}: BEGIN SOLUTION inside the region opened at line ${open.line}`);
      const [, indent = "", id, what] = begin;
      if (id === undefined || what === undefined) {
        throw new Error(`${file}:${index + 1}: BEGIN SOLUTION needs "TODO(<id>): <what to write>"`);
      }
      open = { line: index + 1 };
      out.push(`${indent}// TODO: ${what}`, `${indent}throw new Error(${JSON.stringify(`TODO(${id}): ${what}`)});`);
      return;
    }
    if (END.test(line)) {
      if (open === undefined) throw new Error(`${file}:${index + 1}: END SOLUTION without BEGIN SOLUTION`);
      open = undefined;
      return;
    }
    if (open === undefined) out.push(line);
  });
  if (open !== undefined) throw new Error(`${file}:${open.line}: BEGIN SOLUTION is never closed`);
  return out.join("\n");
}

/**
 * A markdown text without the table rows that name a disabled exercise's folder in a cell of their own
 * (`| 8 | 08-batch-minibatch-sgd | ... |`): how solutions/README.md's table loses a disabled exercise.
 *
 * @example
 * withoutRowsOf("| 7 | 07-a | x |\n| 8 | 08-b | y |", ["08-b"]) // "| 7 | 07-a | x |"
 */
export function withoutRowsOf(markdown: string, folders: readonly string[]): string {
  if (folders.length === 0) return markdown;
  const names = (line: string): string[] =>
    line
      .split("|")
      .map((cell) =>
        cell
          .trim()
          .replace(/^`|`$/g, "")
          .replace(/^exercises\/|\/$/g, ""),
      )
      .filter((cell) => cell.length > 0);
  return markdown
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("|") || !names(line).some((cell) => folders.includes(cell)))
    .join("\n");
}

/**
 * Every file exercises/ should hold, by path relative to it, generated from solutions/. A disabled exercise
 * (`"enabled": false` in the manifest) has no stubs and no row in the README's table.
 */
export function expectedExercises(root = ROOT): Map<string, string> {
  const solutions = join(root, "solutions");
  const disabled = disabledFolders(root);
  const files = new Map<string, string>();
  for (const path of filesUnder(solutions)) {
    if (disabled.includes(path.split("/")[0]!)) continue;
    const source = readFileSync(join(solutions, path), "utf8");
    const text = path.endsWith(".ts") ? stubOf(source, relative(root, join(solutions, path))) : source;
    files.set(path, path.endsWith(".md") && !path.includes("/") ? withoutRowsOf(text, disabled) : text);
  }
  files.set("tsconfig.json", EXERCISES_TSCONFIG);
  return files;
}

/** How exercises/ differs from what solutions/ generates: one line per stale, missing or extra file. */
export function exercisesDrift(root = ROOT): string[] {
  const expected = expectedExercises(root);
  const folder = join(root, "exercises");
  const actual = new Set(filesUnder(folder));
  const drift: string[] = [];
  for (const [path, content] of expected) {
    if (!actual.has(path)) drift.push(`missing: exercises/${path}`);
    else if (readFileSync(join(folder, path), "utf8") !== content) drift.push(`stale: exercises/${path}`);
  }
  const disabled = disabledFolders(root);
  for (const path of actual) {
    if (expected.has(path)) continue;
    const folder = path.split("/")[0]!;
    drift.push(
      `extra: exercises/${path} (${disabled.includes(folder) ? `${folder} is disabled in the manifest` : `no solutions/${path}`})`,
    );
  }
  return drift;
}
