// Module hooks of the student's process (registered by studentHost.ts): the student's TypeScript files are
// compiled with esbuild as they load (source maps inline, so errors name the student's own lines), `./x.js`
// finds `./x.ts` as tsc's module resolution does, and the library's door (src/index.ts, whatever the path
// the student's file reaches it by) is the one prebuilt bundle the process already loaded, so the student's
// objects are the library's own classes.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transform } from "esbuild";

let libraryEntry = "";
let libraryBundle = "";

export function initialize(data) {
  libraryEntry = data.libraryEntry;
  libraryBundle = pathToFileURL(data.libraryBundle).href;
}

export async function resolve(specifier, context, next) {
  if ((specifier.startsWith("./") || specifier.startsWith("../")) && context.parentURL?.startsWith("file:")) {
    const base = dirname(fileURLToPath(context.parentURL));
    const file = resolvePath(base, specifier);
    const typescript = file.replace(/\.js$/, ".ts");
    // By its real path: a work folder reaches the library through a link (work/src -> the library's src).
    const real = existsSync(typescript) ? realpathSync(typescript) : typescript;
    if (real === libraryEntry) return { url: libraryBundle, shortCircuit: true };
    if (file.endsWith(".js") && !existsSync(file) && existsSync(typescript))
      return { url: pathToFileURL(typescript).href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith("file:") && url.endsWith(".ts")) {
    const file = fileURLToPath(url);
    const { code } = await transform(readFileSync(file, "utf8"), {
      loader: "ts",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      sourcefile: file,
    });
    return { format: "module", source: code, shortCircuit: true };
  }
  return next(url, context);
}
