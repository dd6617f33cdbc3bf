import { expectedExercises } from "./generate.js";
import { leanLock, leanPackageJson } from "./leanPackage.js";
import { disabledFolders, withoutDisabled } from "./manifest.js";
import { projectFiles } from "./projectFiles.js";

/**
 * setup.sh: Gradescope runs it once, as root, on its Ubuntu image: Node 20, the dependencies (the lean lock:
 * what grading needs), and the grader's files made read-only (the hidden tests root's alone). It works from
 * its own folder (<root>/source), so `npm run autograder:local` runs this very file on a temporary root.
 * No account is made: every run takes two fresh uids no account has (scripts/kit/grading/sandbox.ts).
 */
const SETUP_SH = `#!/usr/bin/env bash
# Gradescope runs this once when the autograder image is built (as root, from <root>/source).
set -euo pipefail
source_dir="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"
# Node 20.16 or newer: the library reads data files through process.getBuiltinModule
if ! command -v node >/dev/null || ! node -e 'process.exit(typeof process.getBuiltinModule === "function" ? 0 : 1)'; then
  apt-get update
  apt-get install -y ca-certificates curl gnupg
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y nodejs
fi
cd "$source_dir"
npm ci --ignore-scripts --no-audit --no-fund
chown -R root:root "$source_dir"
chmod -R go-w,a+rX "$source_dir"
chmod 755 "$(dirname "$source_dir")"
chmod -R go-rwx "$source_dir/tests/hidden"
`;

/**
 * run_autograder: one exec, so bash never reads a further line of this file (a line appended while grading
 * would otherwise run after it, as root). Everything else is scripts/run-autograder.ts. No tsx cache: the
 * student's account can write to /tmp, where it would live.
 */
const RUN_AUTOGRADER = `#!/usr/bin/env bash
export TSX_DISABLE_CACHE=1; exec node "\${AUTOGRADER_ROOT:-/autograder}/source/node_modules/tsx/dist/cli.mjs" "\${AUTOGRADER_ROOT:-/autograder}/source/scripts/run-autograder.ts"
`;

/**
 * What the zip holds besides setup.sh, run_autograder and the lean package.json and package-lock.json: the library,
 * the graded and hidden tests, the grader.
 */
const INCLUDED = ["tsconfig.json", "vitest.graded.config.ts", "src", "data", "scripts", "tests/graded", "tests/hidden"];

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
  // setup.sh's npm ci installs only what grading loads (kit/lean/: vitest, tsx, typescript, esbuild, csv-parse),
  // not the project's benchmarks, playground, linter or CLI packages. No scripts: run_autograder calls tsx itself.
  files.set("package.json", Buffer.from(leanPackageJson({})));
  files.set("package-lock.json", leanLock());
  // The stubs come from solutions/, so the zip never holds a solution.
  for (const [path, content] of expectedExercises()) files.set(`exercises.pristine/${path}`, Buffer.from(content));
  // A disabled exercise ("enabled": false) ships nothing: no stubs, no graded or hidden tests.
  return withoutDisabled(files, disabledFolders());
}
