import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINE_GUIDE, engineGuide } from "./engineGuide.js";
import { expectedExercises } from "./generate.js";
import { leanLock, leanPackageJson } from "./leanPackage.js";
import { localImports, scriptsNamed } from "./localImports.js";
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
 * Where the scripts a student runs start: grade, hint and the graded suite's config. Whatever these import comes
 * along, and whatever they or the student's npm scripts name by path (watch's reporter, a setup file handed to
 * vitest, a program started by path: see scriptsNamed), nothing else of scripts/.
 */
const SCRIPT_ENTRIES = ["vitest.graded.config.ts", "scripts/grade.ts", "scripts/hint.ts"];

/**
 * The files under scripts/ that an npm script's command runs or hands to a program by path.
 *
 * @example
 * scriptsRun("vitest watch --reporter=./scripts/kit/ProgressReporter.ts") // ["scripts/kit/ProgressReporter.ts"]
 */
function scriptsRun(command: string): string[] {
  return command
    .split(/[\s=]+/)
    .map((token) => token.replace(/^\.\//, ""))
    .filter((token) => /^scripts\/[\w./-]+\.(?:ts|mjs)$/.test(token));
}

/** The npm scripts a student keeps, in this order; `test` is replaced by STUDENT_TEST. No build: nothing needs dist/. */
const STUDENT_SCRIPTS = ["typecheck", "test", "grade", "watch", "hint", "example"];

/** The bundle has no tests of the library or the kit: `npm test` grades exercises/, as npm run grade does. */
const STUDENT_TEST = "npm run grade";

/**
 * The entries and every project file they import, directly or not, or name by path. An import that does not
 * exist is an error; a path named in a string may be an example in a comment, so one that does not exist is not.
 */
function scriptClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((path) => ({ path, named: false }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { path, named } = next;
    if (seen.has(path)) continue;
    const full = join(ROOT, path);
    if (!existsSync(full)) {
      if (named) continue;
      throw new Error(`The student bundle needs ${path}, which does not exist`);
    }
    seen.add(path);
    const source = readFileSync(full, "utf8");
    pending.push(...localImports(path, source).map((imported) => ({ path: imported, named: false })));
    pending.push(...scriptsNamed(source).map((named) => ({ path: named, named: true })));
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
  const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
  const packageJson = studentPackageJson(read("package.json"));
  const scripts = Object.values((JSON.parse(packageJson) as { scripts: Record<string, string> }).scripts);
  const entries = [...SCRIPT_ENTRIES, ...scripts.flatMap(scriptsRun)];
  const files = projectFiles([...INCLUDED, ...scriptClosure(entries)]);
  for (const path of files.keys()) if (LEFT_OUT.some((out) => path === out || path.startsWith(out))) files.delete(path);
  // Fresh stubs generated from solutions/, not exercises/ as it is: an instructor who tried an exercise in
  // place would otherwise hand out the answer.
  for (const [path, content] of expectedExercises()) files.set(`exercises/${path}`, Buffer.from(content));
  files.set("package.json", Buffer.from(packageJson));
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
