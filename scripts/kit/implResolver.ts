import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Plugin } from "vite";

const PREFIX = "@impl/";
const VIRTUAL = "\0gradkit-impl:";
const EXPORTED =
  /export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|enum)\s+([A-Za-z_$][\w$]*)|export\s*\{([^}]*)\}/g;

/**
 * The names a module exports, read from its text alone (so it works on a file that does not compile).
 *
 * @example
 * exportedNames("export class LinearRegression {}\nexport function fit() {}") // ["LinearRegression", "fit"]
 */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(EXPORTED)) {
    if (match[1] !== undefined) names.add(match[1]);
    for (const part of (match[2] ?? "").split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1);
      if (name !== undefined && !part.trim().startsWith("type ") && /^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
    }
  }
  names.delete("default");
  return [...names];
}

/**
 * The module a test gets for `@impl/<path>.js`: live bindings, one per name the trusted copy of the file
 * exports, which scripts/kit/grading/graderLink.ts fills from the student's process before each test file.
 * The student's code is never loaded into the grader.
 */
export function implModuleSource(path: string, names: readonly string[], link: string): string {
  const bindings = names.map((name) => `${name} = values[${JSON.stringify(name)}];`).join(" ");
  return [
    `import { implModule } from ${JSON.stringify(link)};`,
    ...(names.length > 0 ? [`export let ${names.join(", ")};`] : []),
    `implModule(${JSON.stringify(path)}, ${JSON.stringify(names)}, (values) => { ${bindings} });`,
  ].join("\n");
}

/**
 * Resolves `@impl/<exercise>/<File>.js`, the one import every graded test uses, into a module of live bindings
 * whose names come from `exportsFrom` (a trusted folder laid out like exercises/: the solutions, or the
 * autograder's pristine stubs), so one copy of each test grades any submission, in another process.
 */
export function implResolver(exportsFrom: string, link: string, library?: { entry: string; bundle: string }): Plugin {
  return {
    name: "gradkit-impl-resolver",
    enforce: "pre",
    resolveId(id, importer) {
      if (id.startsWith(PREFIX)) return `${VIRTUAL}${id.slice(PREFIX.length).replace(/\.js$/, "")}`;
      // The library's door, however a test reaches it, is the prebuilt bundle the student's processes run:
      // one module for Node to load, not ~150 for Vite to transform at every grader start.
      if (library !== undefined && importer !== undefined && /(^|\/)src\/index\.js$/.test(id)) {
        const file = resolve(dirname(importer), id).replace(/\.js$/, ".ts");
        if (existsSync(file) && realpathSync(file) === library.entry) return library.bundle;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const path = id.slice(VIRTUAL.length);
      const file = join(exportsFrom, `${path}.ts`);
      const names = existsSync(file) ? exportedNames(readFileSync(file, "utf8")) : [];
      return implModuleSource(path, names, link);
    },
  };
}
