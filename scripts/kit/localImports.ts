import { posix } from "node:path";

const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The project files one TypeScript file imports by a relative path (`./x.js` is the source `./x.ts`), as
 * paths from the project root. Package imports (`vitest`, `node:fs`) are not files of the project.
 *
 * @example
 * localImports("scripts/grade.ts", 'import { score } from "./kit/score.js";') // ["scripts/kit/score.ts"]
 */
export function localImports(path: string, source: string): string[] {
  // Comment lines may show an import as an example (`import "./helpers.js"` in a doc comment): not a file needed.
  const code = source
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join("\n");
  return [...code.matchAll(RELATIVE_IMPORT)].map((match) =>
    posix.normalize(posix.join(posix.dirname(path), match[1]!)).replace(/\.js$/, ".ts"),
  );
}

const QUOTED_SCRIPT = /["'`=](?:\.\/)?(scripts\/[\w./-]+\.(?:ts|mjs))(?=["'`\s]|$)/g;
const JOINED_SCRIPT = /"scripts"(?:\s*,\s*"[\w.-]+")+/g;

/**
 * The files under scripts/ that a source names by path rather than imports: a reporter or a setup file handed to
 * vitest, a loader or a program started by path. Both forms the project writes: a path in quotes
 * (`"./scripts/kit/x.ts"`, `--reporter=./scripts/kit/x.ts`) and the segments of a `join` from the root
 * (`join(ROOT, "scripts", "kit", "x.ts")`). Paths from the project root.
 *
 * @example
 * scriptsNamed('setupFiles: [join(ROOT, "scripts", "kit", "guard.ts")], reporter: "./scripts/kit/R.ts"')
 * // ["scripts/kit/R.ts", "scripts/kit/guard.ts"]
 */
export function scriptsNamed(source: string): string[] {
  const quoted = [...source.matchAll(QUOTED_SCRIPT)].map((match) => match[1]!);
  const joined = [...source.matchAll(JOINED_SCRIPT)]
    .map((match) => [...match[0].matchAll(/"([\w.-]+)"/g)].map((segment) => segment[1]!).join("/"))
    .filter((path) => /\.(?:ts|mjs)$/.test(path));
  return [...new Set([...quoted, ...joined])];
}
