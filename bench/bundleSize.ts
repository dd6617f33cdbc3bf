/**
 * The engine's size in a web page: what esbuild bundles (minified, for the browser, tree-shaken) for
 * three imports of gradkit, and that gzipped. Not a timing: the sizes are the same on any machine.
 * Run: npm run bench:bundle
 */
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
const ENGINE =
  "variable, constant, expression, exp, log, sin, cos, tanh, sigmoid, relu, simplify, toText, toLatex, " +
  "compile, explain";

const entries: ReadonlyArray<readonly [string, string]> = [
  [
    "the engine without the parser (build, eval, diff, gradient, compile, print, explain)",
    `export { ${ENGINE} } from "./src/index.ts";`,
  ],
  ["the engine with the parser (the same plus parse)", `export { ${ENGINE}, parse } from "./src/index.ts";`],
  ["parse alone (and the nodes it builds)", `export { parse } from "./src/index.ts";`],
  ["the whole library (every export of src/index.ts)", `export * from "./src/index.ts";`],
];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
console.log("| bundle | minified | gzipped |\n| --- | ---: | ---: |");
for (const [what, contents] of entries) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0]!.contents;
  console.log(`| ${what} | ${kb(code.length)} | ${kb(gzipSync(code, { level: 9 }).length)} |`);
}
