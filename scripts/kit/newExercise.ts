import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expectedExercises } from "./generate.js";
import { exerciseNumber } from "./manifest.js";

/** What `npm run new-exercise` may be told besides the folder. */
export interface NewExerciseOptions {
  /** The title in the manifest and the tables; from the folder by default ("12-swish" -> "Swish"). */
  readonly title?: string;
  /** Points of the visible tests; 10 by default. */
  readonly points?: number;
  /** Points of the hidden tests; 0 by default (no tests/hidden/ folder). */
  readonly hiddenPoints?: number;
}

const FOLDER = /^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "12-swish-and-gelu" -> "swishAndGelu": the file and the function the scaffold starts with. */
export const camelName = (folder: string): string =>
  folder
    .slice(3)
    .split("-")
    .map((word, index) => (index === 0 ? word : `${word[0]!.toUpperCase()}${word.slice(1)}`))
    .join("")
    .replace(/^(\d)/, "_$1");

/** "12-swish-and-gelu" -> "Swish and gelu". */
const titleOf = (folder: string): string => {
  const words = folder.slice(3).replaceAll("-", " ");
  return `${words[0]!.toUpperCase()}${words.slice(1)}`;
};

/**
 * The manifest as the project writes it: its keys in order, each exercise on one line.
 *
 * @example
 * formatManifest({ exercises: [{ folder: "01-a", title: "A", points: 10, hiddenPoints: 0 }] })
 * // '{\n  "exercises": [\n    { "folder": "01-a", "title": "A", "points": 10, "hiddenPoints": 0 }\n  ]\n}\n'
 */
export function formatManifest(manifest: Readonly<Record<string, unknown>>): string {
  const entry = (value: unknown): string =>
    `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, field]) => `${JSON.stringify(key)}: ${JSON.stringify(field)}`)
      .join(", ")} }`;
  const keys = Object.entries(manifest).map(([key, value]) =>
    key === "exercises" && Array.isArray(value)
      ? `  "exercises": [\n${value.map((exercise) => `    ${entry(exercise)}`).join(",\n")}\n  ]`
      : `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{\n${keys.join(",\n")}\n}\n`;
}

/** The text of each file of a new exercise, by path from the project root. */
function scaffoldFiles(folder: string, title: string, hidden: boolean): Map<string, string> {
  const number = folder.slice(0, 2);
  const name = camelName(folder);
  const files = new Map<string, string>();
  files.set(
    `solutions/${folder}/README.md`,
    `# ${number} ${title}

**Read** what the student reads first (a section of the course notes, a file of the library).

**Do** in \`${name}.ts\`: what the student writes, and what it gives when it works.

**Check** with \`npm run grade\`; stuck? \`npm run hint -- ${Number(number)}\`.
`,
  );
  files.set(
    `solutions/${folder}/hints.md`,
    `# Hints for ${number} ${title}

1. A nudge towards the method, never a line of the solution (npm run check compares them).
2. The next nudge: a hint is one numbered item; indented lines continue it.
`,
  );
  files.set(
    `solutions/${folder}/${name}.ts`,
    `/*
 * ${number} ${title}: what the student builds here, and the maths behind it, in a few lines.
 */

/** What ${name} computes, as a formula. */
export function ${name}(x: number): number {
  // BEGIN SOLUTION TODO(${number}.1): what the student writes here, in a few words
  return x;
  // END SOLUTION
}
`,
  );
  files.set(
    `tests/graded/${folder}/${name}.test.ts`,
    `import { describe, expect, it } from "vitest";
import { ${name} } from "@impl/${folder}/${name}.js";

describe("${number} ${title.toLowerCase()}", () => {
  it("${name}(2) is 2 (replace with the course's own checks)", () => {
    expect(${name}(2)).toBeCloseTo(2);
  });
});
`,
  );
  if (hidden) {
    files.set(
      `tests/hidden/${folder}/classicMistakes.test.ts`,
      `import { describe, expect, it } from "vitest";
import { ${name} } from "@impl/${folder}/${name}.js";

// Instructors only: the classic mistakes the visible tests let through, on other inputs.
describe("${number} ${title.toLowerCase()}: classic mistakes (hidden)", () => {
  it("${name}(-3) is -3 (replace with a check a classic mistake fails)", () => {
    expect(${name}(-3)).toBeCloseTo(-3);
  });
});
`,
    );
  }
  return files;
}

/**
 * The solutions/README.md table with a row for the new exercise after the last exercise row (students see
 * this table in exercises/README.md).
 */
function withReadmeRow(readme: string, folder: string): string {
  const lines = readme.split("\n");
  const last = lines.reduce((found, line, index) => (/^\|\s*\d+\s*\|\s*\d\d-/.test(line) ? index : found), -1);
  const row = `| ${Number(folder.slice(0, 2))} | ${folder} | what the student writes, in a few words |`;
  if (last < 0)
    throw new Error("solutions/README.md has no exercise table (rows like | 5 | 05-gradient-descent | ... |)");
  lines.splice(last + 1, 0, row);
  return lines.join("\n");
}

/**
 * `npm run new-exercise -- <NN-name>`: scaffolds an exercise that already passes `npm run check`: the solution
 * with one BEGIN SOLUTION region, README.md and hints.md in solutions/<folder>/, a graded test importing
 * `@impl/<folder>/<name>.js`, a hidden test when `hiddenPoints` > 0, the manifest entry (in folder order), a row
 * of solutions/README.md's table, and the generated stubs in exercises/. Refuses a bad name, a folder that
 * exists and a number another exercise has. Returns the files written, by path from `root`.
 *
 * @example
 * scaffoldExercise(ROOT, "12-swish", { title: "Swish", points: 10, hiddenPoints: 2 })
 * // ["solutions/12-swish/README.md", "solutions/12-swish/hints.md", "solutions/12-swish/swish.ts", ...]
 */
export function scaffoldExercise(root: string, folder: string, options: NewExerciseOptions = {}): string[] {
  if (!FOLDER.test(folder)) {
    throw new Error(
      `"${folder}" is not an exercise folder name: two digits, a dash, then lower-case words joined by dashes (12-swish)`,
    );
  }
  const manifestFile = join(root, "tests", "graded", "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    exercises: { folder: string; [key: string]: unknown }[];
  };
  const taken = manifest.exercises.find((exercise) => exerciseNumber(exercise.folder) === exerciseNumber(folder));
  if (taken !== undefined)
    throw new Error(`exercise ${folder.slice(0, 2)} exists already: ${taken.folder} (in the manifest)`);
  for (const place of ["solutions", "exercises", "tests/graded", "tests/hidden", "mutants"]) {
    if (existsSync(join(root, place, folder))) throw new Error(`${place}/${folder} exists already`);
  }
  const points = options.points ?? 10;
  const hiddenPoints = options.hiddenPoints ?? 0;
  for (const [name, value] of [
    ["points", points],
    ["hidden points", hiddenPoints],
  ] as const) {
    if (!(Number.isFinite(value) && value >= 0 && Math.round(value * 100) === value * 100))
      throw new Error(`${name} must be a number of at least 0 with at most two decimals (got ${value})`);
  }
  const title = options.title ?? titleOf(folder);
  const files = scaffoldFiles(folder, title, hiddenPoints > 0);
  const readmeFile = join(root, "solutions", "README.md");
  const readme = withReadmeRow(readFileSync(readmeFile, "utf8"), folder);
  // In folder order, so the manifest lists the course in its order.
  const entry = { folder, title, points, hiddenPoints };
  const at = manifest.exercises.findIndex((exercise) => exercise.folder > folder);
  manifest.exercises.splice(at < 0 ? manifest.exercises.length : at, 0, entry);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(readmeFile, readme);
  writeFileSync(manifestFile, formatManifest(manifest));
  // The stubs, as npm run exercises writes them (only the new folder and the README's table change).
  const written = [...files.keys(), "solutions/README.md", "tests/graded/manifest.json"];
  for (const [path, text] of expectedExercises(root)) {
    if (!path.startsWith(`${folder}/`) && path !== "README.md") continue;
    mkdirSync(dirname(join(root, "exercises", path)), { recursive: true });
    writeFileSync(join(root, "exercises", path), text);
    written.push(`exercises/${path}`);
  }
  return written;
}
