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
  return [...source.matchAll(RELATIVE_IMPORT)].map((match) =>
    posix.normalize(posix.join(posix.dirname(path), match[1]!)).replace(/\.js$/, ".ts"),
  );
}
