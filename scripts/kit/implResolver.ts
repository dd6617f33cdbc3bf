import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { ROOT, type Target } from "./targets.js";

const PREFIX = "@impl/";

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
        // A missing file is reported by the test's import, naming what was looked for.
        return existsSync(file) ? file : null;
      }
      if (importer !== undefined && !importer.startsWith(join(ROOT, "src")) && /(^|\/)src\/index\.js$/.test(id)) {
        return join(ROOT, "src", "index.ts");
      }
      return null;
    },
    load(id) {
      return target.replace !== undefined && id === target.replace.file ? target.replace.source : null;
    },
  };
}
