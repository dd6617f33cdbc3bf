import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./targets.js";

/**
 * The lean install that the student bundle and the autograder zip ship: kit/lean/package.json names only what
 * a student's code, the tests and the kit's commands load (vitest, tsx, typescript, @types/node, esbuild, which
 * the grading run compiles the student's code with, and the library's csv-parse), and kit/lean/package-lock.json pins it at the root lock's versions. Regenerate the lock
 * with `npx tsx scripts/leanLock.ts` after changing either package.json; tests/kit/leanLock.test.ts fails when
 * they drift apart.
 */
export const LEAN_FOLDER = join(ROOT, "kit", "lean");

interface PackageJson {
  readonly description?: string;
  readonly license?: string;
  readonly type?: string;
  readonly imports?: unknown;
  readonly [field: string]: unknown;
}

const readPackage = (file: string): PackageJson => JSON.parse(readFileSync(file, "utf8")) as PackageJson;

/**
 * The package.json of a zip: kit/lean/package.json (name, engines, dependencies, overrides) with the project's
 * description, licence, module type and `imports` map (the library resolves `#mathjs-parser` and
 * `#csv-parse/sync` through it), and the given scripts.
 *
 * @example
 * JSON.parse(leanPackageJson({ grade: "tsx scripts/grade.ts" })).devDependencies // { "@types/node": ..., tsx: ..., typescript: ..., vitest: ... }
 */
export function leanPackageJson(scripts: Readonly<Record<string, string>>, root = ROOT): string {
  const project = readPackage(join(root, "package.json"));
  const {
    name,
    version,
    private: isPrivate,
    engines,
    ...installed
  } = readPackage(join(root, "kit", "lean", "package.json"));
  const zip = {
    name,
    version,
    private: isPrivate,
    description: project.description,
    license: project.license,
    type: project.type,
    engines,
    imports: project.imports,
    scripts,
    ...installed,
  };
  return `${JSON.stringify(zip, null, 2)}\n`;
}

/** kit/lean/package-lock.json, which `npm ci` installs from in the bundle and in setup.sh. */
export function leanLock(root = ROOT): Uint8Array {
  return readFileSync(join(root, "kit", "lean", "package-lock.json"));
}
