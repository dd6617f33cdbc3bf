import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { ROOT, type Target } from "./targets.js";

const PREFIX = "@impl/";
const STAND_IN = "\0gradkit-stand-in:";
const EXPORTED =
  /export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|enum)\s+([A-Za-z_$][\w$]*)|export\s*\{([^}]*)\}/g;

/**
 * A module exporting, under each name `source` exports, a value that throws when used: read from the text
 * alone, so it works on a file that does not compile.
 *
 * @example
 * standInModule("export class LinearRegression {") // 'export const LinearRegression = standIn("LinearRegression");' ...
 */
export function standInModule(source: string): string {
  const names = new Set<string>();
  for (const match of source.matchAll(EXPORTED)) {
    if (match[1] !== undefined) names.add(match[1]);
    for (const part of (match[2] ?? "").split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)
        ?.replace(/^type\s+/, "");
      if (name !== undefined && /^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
    }
  }
  const lines = [
    'const fail = () => { throw new Error("stand-in: the real file does not load"); };',
    "const standIn = () => new Proxy(function () {}, { get: fail, apply: fail, construct: fail });",
  ];
  for (const name of names)
    lines.push(name === "default" ? "export default standIn();" : `export const ${name} = standIn();`);
  return lines.join("\n");
}

/**
 * Resolves `@impl/<exercise>/<File>.js`, the one import every graded test uses, into the target's folder,
 * so one copy of each test grades solutions/, exercises/, a submission or a mutant.
 *
 * Inside the target, an import of the library's door (`../../src/index.js`) always reaches this project's
 * src/index.ts, so a submission graded from another folder depth still finds the library.
 */
export function implResolver(target: Target): Plugin {
  return {
    name: "gradkit-impl-resolver",
    enforce: "pre",
    resolveId(id, importer) {
      if (id.startsWith(PREFIX)) {
        const path = id.slice(PREFIX.length).replace(/\.js$/, "");
        if (target.replace !== undefined && target.replace.path === path) return target.replace.file;
        const file = join(target.folder, `${path}.ts`);
        if (target.standIn === true) return `${STAND_IN}${file}`;
        // A missing file is reported by the test's import, naming what was looked for.
        return existsSync(file) ? file : null;
      }
      if (importer !== undefined && !importer.startsWith(join(ROOT, "src")) && /(^|\/)src\/index\.js$/.test(id)) {
        return join(ROOT, "src", "index.ts");
      }
      return null;
    },
    load(id) {
      if (id.startsWith(STAND_IN)) {
        const file = id.slice(STAND_IN.length);
        return standInModule(existsSync(file) ? readFileSync(file, "utf8") : "");
      }
      return target.replace !== undefined && id === target.replace.file ? target.replace.source : null;
    },
  };
}
