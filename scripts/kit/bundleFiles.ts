import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINE_GUIDE, engineGuide } from "./engineGuide.js";
import { expectedExercises } from "./generate.js";
import { leanLock, leanPackageJson } from "./leanPackage.js";
import { localImports } from "./localImports.js";
import { readManifest } from "./manifest.js";
import { studentReadme } from "./studentReadme.js";
import { projectFiles } from "./projectFiles.js";
import { ROOT } from "./targets.js";

/**
 * What a student gets besides the scripts and the stubs: the library, the data sets, the visible tests and the
 * README's quickstart example. Never solutions/, tests/hidden/, mutants/ or tests/kit/.
 */
const INCLUDED = [
  ".gitignore",
  "vitest.config.ts",
  "vitest.graded.config.ts",
  "src",
  "data",
  "tests/graded",
  "examples",
];

/**
 * The autodiff command line stays out: no exercise uses it, and its packages (commander, Vega, cli-progress, and
 * esbuild to build it) would more than double what a student's `npm ci` installs (about 120 packages instead of 55).
 */
const LEFT_OUT = ["src/cli.ts", "src/cli/"];

/**
 * Where the scripts a student runs start: grade, hint, watch's reporter, and KitReporter, which the grader
 * hands to vitest by path rather than importing it. Whatever these import comes along, nothing else of scripts/.
 */
const SCRIPT_ENTRIES = [
  "vitest.graded.config.ts",
  "scripts/grade.ts",
  "scripts/hint.ts",
  "scripts/kit/ProgressReporter.ts",
  "scripts/kit/KitReporter.ts",
  "scripts/kit/assertionGuard.ts",
];

/** The npm scripts a student keeps, in this order; `test` is replaced by STUDENT_TEST. No build: nothing needs dist/. */
const STUDENT_SCRIPTS = ["typecheck", "test", "grade", "watch", "hint", "example"];

/** The bundle has no tests of the library or the kit: `npm test` is the graded suite against exercises/. */
const STUDENT_TEST = "npm run typecheck && vitest run --config vitest.graded.config.ts";

/** The entries and every project file they import, directly or not. */
function scriptClosure(): string[] {
  const seen = new Set<string>();
  const pending = [...SCRIPT_ENTRIES];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue;
    const full = join(ROOT, path);
    if (!existsSync(full)) throw new Error(`The student bundle needs ${path}, which does not exist`);
    seen.add(path);
    pending.push(...localImports(path, readFileSync(full, "utf8")));
  }
  return [...seen];
}

/**
 * The student's package.json: the lean install of kit/lean/ (what the exercises, the tests and the kit's
 * commands load, and nothing of the CLI, the benchmarks or the playground), with only the project's scripts that
 * work without solutions/ and the kit.
 *
 * @example
 * Object.keys(JSON.parse(studentPackageJson(readFileSync("package.json", "utf8"))).scripts)
 * // ["typecheck", "test", "grade", "watch", "hint", "example"]
 */
function studentPackageJson(source: string): string {
  const project = JSON.parse(source) as { scripts?: Record<string, string> };
  const scripts: Record<string, string> = {};
  for (const name of STUDENT_SCRIPTS) {
    const command = name === "test" ? STUDENT_TEST : project.scripts?.[name];
    if (command === undefined) {
      throw new Error(`package.json has no "${name}" script (the student bundle keeps ${STUDENT_SCRIPTS.join(", ")})`);
    }
    scripts[name] = command;
  }
  return leanPackageJson(scripts);
}

/**
 * The student's tsconfig.json: `@impl/*` points at exercises/ (there is no solutions/), the stubs may leave
 * parameters and imports unused (as exercises/tsconfig.json allows), and `include` names only what the bundle has.
 *
 * @example
 * studentTsconfig(readFileSync("tsconfig.json", "utf8"), (path) => path !== "solutions") // paths: { "@impl/*": ["./exercises/*"] }
 */
function studentTsconfig(source: string, bundled: (path: string) => boolean): string {
  const config = JSON.parse(source) as { compilerOptions?: { paths?: Record<string, string[]> }; include?: string[] };
  const compilerOptions = {
    ...config.compilerOptions,
    noUnusedLocals: false,
    noUnusedParameters: false,
    paths: { ...config.compilerOptions?.paths, "@impl/*": ["./exercises/*"] },
  };
  return `${JSON.stringify({ ...config, compilerOptions, include: (config.include ?? []).filter(bundled) }, null, 2)}\n`;
}

/**
 * Every file of the student bundle, by its path in the zip: everything a student needs to do the course
 * (library, data, stubs, visible tests, grade/hint/watch), without solutions, hidden tests, mutants, the
 * kit's self-checks, the instructors' scripts or anything git ignores.
 */
export function bundleFiles(): Map<string, Uint8Array> {
  const files = projectFiles([...INCLUDED, ...scriptClosure()]);
  for (const path of files.keys()) if (LEFT_OUT.some((out) => path === out || path.startsWith(out))) files.delete(path);
  const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
  // Fresh stubs generated from solutions/, not exercises/ as it is: an instructor who tried an exercise in
  // place would otherwise hand out the answer.
  for (const [path, content] of expectedExercises()) files.set(`exercises/${path}`, Buffer.from(content));
  files.set("package.json", Buffer.from(studentPackageJson(read("package.json"))));
  files.set("package-lock.json", leanLock());
  // The guide the exercise READMEs point to: the library's sections of the project's README.
  files.set(ENGINE_GUIDE, Buffer.from(engineGuide(read("README.md"))));
  // The student's README, not the project's (which is for instructors and names their commands).
  files.set("README.md", Buffer.from(studentReadme(readManifest())));
  const paths = [...files.keys()];
  const bundled = (path: string): boolean => paths.some((file) => file === path || file.startsWith(`${path}/`));
  files.set("tsconfig.json", Buffer.from(studentTsconfig(read("tsconfig.json"), bundled)));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
