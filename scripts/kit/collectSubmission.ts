import { copyFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { filesUnder } from "./filesUnder.js";

/** What collecting a submission did: each copied file and each file it could not place. */
export interface Collected {
  readonly copied: readonly string[];
  readonly ignored: readonly string[];
}

/**
 * Copies a submission's .ts files over the stubs in `exercises`: a file lands on the stub with the same
 * path (`06-linear-regression/LinearRegression.ts`, with or without a leading `exercises/`), or else on
 * the one stub with the same file name, so students may upload their files flat.
 */
export function collectSubmission(submission: string, exercises: string): Collected {
  const stubs = filesUnder(exercises).filter((path) => path.endsWith(".ts"));
  const copied: string[] = [];
  const ignored: string[] = [];
  for (const path of filesUnder(submission)) {
    const bare = path.replace(/^exercises\//, "");
    const byName = stubs.filter((stub) => basename(stub) === basename(path));
    const destination = stubs.includes(bare) ? bare : byName.length === 1 ? byName[0]! : undefined;
    if (!path.endsWith(".ts") || destination === undefined) {
      ignored.push(path);
      continue;
    }
    copyFileSync(join(submission, path), join(exercises, destination));
    copied.push(`${path} -> ${relative(join(exercises, ".."), join(exercises, destination))}`);
  }
  return { copied, ignored };
}
