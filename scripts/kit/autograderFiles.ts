import { expectedExercises } from "./generate.js";
import { projectFiles } from "./projectFiles.js";

/** setup.sh: Gradescope runs it once, as root, on its Ubuntu image, to install Node 20 and the dependencies. */
const SETUP_SH = `#!/usr/bin/env bash
# Gradescope runs this once when the autograder image is built.
set -euo pipefail
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  apt-get update
  apt-get install -y ca-certificates curl gnupg
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y nodejs
fi
cd /autograder/source
npm ci --ignore-scripts --no-audit --no-fund
`;

/**
 * run_autograder: copies the submission over fresh stubs, grades, writes results.json. The three paths can be
 * moved by environment variables, which is how the kit's self-check runs it in a temporary folder.
 */
const RUN_AUTOGRADER = `#!/usr/bin/env bash
set -uo pipefail
SOURCE="\${AUTOGRADER_SOURCE:-/autograder/source}"
SUBMISSION="\${AUTOGRADER_SUBMISSION:-/autograder/submission}"
RESULTS="\${AUTOGRADER_RESULTS:-/autograder/results/results.json}"
cd "$SOURCE"
# Fresh stubs first, so nothing from an earlier run leaks into this one.
rm -rf exercises && cp -r exercises.pristine exercises
node node_modules/tsx/dist/cli.mjs scripts/collect-submission.ts "$SUBMISSION" exercises
node node_modules/tsx/dist/cli.mjs scripts/grade.ts exercises --results "$RESULTS"
`;

/** What the zip holds besides setup.sh and run_autograder: the library, the graded and hidden tests, the grader. */
const INCLUDED = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "vitest.graded.config.ts",
  "src",
  "data",
  "scripts",
  "tests/graded",
  "tests/hidden",
];

/** The two files Gradescope runs, which the zip marks executable. */
export const EXECUTABLES: ReadonlySet<string> = new Set(["setup.sh", "run_autograder"]);

/**
 * Every file of the Gradescope autograder zip, by its path in the zip. Gradescope unpacks the zip into
 * /autograder/source and runs setup.sh from there, then /autograder/run_autograder (a copy of ours).
 */
export function autograderFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  files.set("setup.sh", Buffer.from(SETUP_SH));
  files.set("run_autograder", Buffer.from(RUN_AUTOGRADER));
  for (const [path, content] of projectFiles(INCLUDED)) files.set(path, content);
  // The stubs come from solutions/, so the zip never holds a solution.
  for (const [path, content] of expectedExercises()) files.set(`exercises.pristine/${path}`, Buffer.from(content));
  return files;
}
