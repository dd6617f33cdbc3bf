import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { basename, dirname, join, posix } from "node:path";
import { filesUnder } from "./filesUnder.js";

/** The largest file a submission may hold: anything bigger is not an exercise file. */
const MAX_FILE_BYTES = 1_000_000;
/** Folders that are never part of the work. */
const SKIPPED_FOLDERS: Record<string, string> = {
  node_modules: "a folder of installed packages, not your work",
  ".git": "git's own folder",
};

/** What collecting a submission did, each item worded for the student. */
export interface Collected {
  /** "06-linear-regression/LinearRegression.ts -> exercises/06-linear-regression/LinearRegression.ts" */
  readonly copied: readonly string[];
  /** Files (or folders) left out, with why. */
  readonly ignored: readonly { readonly path: string; readonly reason: string }[];
  /** Exercises that cannot be graded as submitted (two files for one), by folder, with the message. */
  readonly conflicts: ReadonlyMap<string, string>;
}

/** Every entry under `folder` without following symbolic links: regular files, and what was skipped. */
function walk(folder: string, prefix = ""): { files: string[]; skipped: { path: string; reason: string }[] } {
  const files: string[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const name of readdirSync(join(folder, prefix)).sort()) {
    const path = prefix === "" ? name : `${prefix}/${name}`;
    const stat = lstatSync(join(folder, path));
    if (stat.isSymbolicLink()) skipped.push({ path, reason: "a symbolic link (submit the file itself)" });
    else if (stat.isDirectory()) {
      if (SKIPPED_FOLDERS[name] !== undefined) skipped.push({ path: `${path}/`, reason: SKIPPED_FOLDERS[name] });
      else {
        const inner = walk(folder, path);
        files.push(...inner.files);
        skipped.push(...inner.skipped);
      }
    } else if (!stat.isFile()) skipped.push({ path, reason: "not a regular file" });
    else if (stat.size > MAX_FILE_BYTES) skipped.push({ path, reason: `larger than ${MAX_FILE_BYTES / 1_000_000} MB` });
    else files.push(path);
  }
  return { files, skipped };
}

/**
 * Copies a submission's .ts files into `exercises` (which holds fresh stubs):
 * - a file lands on the stub with the same path (`06-linear-regression/LinearRegression.ts`, with or without
 *   a leading `exercises/`), or else on the one stub with the same file name, so students may upload flat;
 * - any other .ts file (a helper) is kept beside the exercise files it sits next to in the submission, or at
 *   its own path when that path starts with an exercise folder, so `import "./helpers.js"` works;
 * - two files landing on the same place: neither is copied and that exercise gets a conflict naming both;
 * - everything else (other file types, test files, symbolic links, node_modules, files over 1 MB) is listed
 *   as ignored with the reason. Symbolic links are never followed: the grader reads the submission as root.
 */
export function collectSubmission(submission: string, exercises: string): Collected {
  const stubs = filesUnder(exercises).filter((path) => path.endsWith(".ts"));
  const folders = new Set(stubs.map((path) => path.split("/")[0]!));
  const { files, skipped } = existsSync(submission) ? walk(submission) : { files: [], skipped: [] };
  const ignored = [...skipped];
  const placed = new Map<string, string[]>();
  const place = (destination: string, path: string): void => {
    placed.set(destination, [...(placed.get(destination) ?? []), path]);
  };
  const helpers: string[] = [];
  for (const path of files) {
    if (!path.endsWith(".ts")) {
      ignored.push({ path, reason: "not a .ts file (only TypeScript files are graded)" });
      continue;
    }
    if (/\.(test|spec)\.ts$/.test(path)) {
      ignored.push({ path, reason: "a test file (the grader runs its own tests)" });
      continue;
    }
    const bare = path.replace(/^exercises\//, "");
    const byName = stubs.filter((stub) => basename(stub) === basename(path));
    const destination = stubs.includes(bare) ? bare : byName.length === 1 ? byName[0] : undefined;
    if (destination === undefined) helpers.push(path);
    else place(destination, path);
  }
  // Helpers go where the exercise files beside them went.
  for (const path of helpers) {
    const bare = path.replace(/^exercises\//, "");
    if (folders.has(bare.split("/")[0]!) && bare.includes("/")) {
      place(bare, path);
      continue;
    }
    const beside = new Set(
      [...placed]
        .filter(([, sources]) => sources.some((source) => dirname(source) === dirname(path)))
        .map(([destination]) => destination.split("/")[0]!),
    );
    if (beside.size === 0) {
      ignored.push({
        path,
        reason:
          "matches no exercise file and sits beside none (put helpers next to the exercise file that imports them)",
      });
      continue;
    }
    for (const folder of beside) place(`${folder}/${basename(path)}`, path);
  }
  const copied: string[] = [];
  const conflicts = new Map<string, string>();
  for (const [destination, sources] of [...placed].sort(([a], [b]) => a.localeCompare(b))) {
    if (sources.length > 1) {
      const folder = destination.split("/")[0]!;
      const message = `Two files of your submission land on exercises/${destination}: ${sources.join(" and ")}. Remove one (a stale copy?) and submit again; neither was graded.`;
      conflicts.set(folder, conflicts.has(folder) ? `${conflicts.get(folder)}\n${message}` : message);
      continue;
    }
    const target = join(exercises, destination);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(submission, sources[0]!), target);
    copied.push(`${sources[0]} -> ${posix.join("exercises", destination)}`);
  }
  return { copied, ignored, conflicts };
}

/**
 * A submitted file name as it is shown: control characters and the bidirectional overrides escaped, so a name
 * cannot rewrite the lines around it (a newline, a carriage return, an ANSI escape, text that reads backwards).
 *
 * @example
 * shownName("a\nb.ts") // "a\\u000ab.ts"
 */
export function shownName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const unsafe = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  return name.replace(unsafe, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The collection as the student reads it in the grader's visible output. */
export function describeCollection(collected: Collected): string {
  const lines = [`Your submission: ${collected.copied.length} file(s) graded.`];
  for (const line of collected.copied) lines.push(`  ${shownName(line)}`);
  if (collected.ignored.length > 0) {
    lines.push(`Ignored ${collected.ignored.length}:`);
    for (const { path, reason } of collected.ignored.slice(0, 50)) lines.push(`  ${shownName(path)}: ${reason}`);
    if (collected.ignored.length > 50) lines.push(`  ... and ${collected.ignored.length - 50} more`);
  }
  for (const message of collected.conflicts.values()) lines.push(shownName(message));
  return lines.join("\n");
}
