import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const repository = fileURLToPath(new URL("..", import.meta.url));

/**
 * The playground: a static page. `base: "./"` makes every asset URL relative, so playground/dist works
 * as is from any folder (GitHub Pages serves a project under /<repo>/).
 */
export default defineConfig({
  root,
  base: "./",
  plugins: [engineForBrowsers()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // @viz-js/viz carries Graphviz as inline WebAssembly (about 1.2 MB): it is loaded lazily, after the
    // first derivative is on screen, so its size does not delay the page.
    chunkSizeWarningLimit: 1600,
  },
  // the page imports the engine from ../src (the one public door, src/index.ts)
  server: { fs: { allow: [repository] } },
});

/**
 * TEMPORARY, until the engine is browser-ready (issue 12 item 1, branch engineweb): the engine's main
 * entry still imports Node built-ins and csv-parse for reading CSV files (never called by the page) and loads mathjs
 * through createRequire. This stands in for those modules in the page's bundle only.
 */
function engineForBrowsers(): Plugin {
  const nodeStub = `${root}shims/nodeBuiltins.ts`;
  return {
    name: "gradkit-engine-for-browsers",
    enforce: "pre",
    resolveId(source, importer) {
      // csv-parse touches Node's Buffer as it loads
      if (source.startsWith("node:") || source === "csv-parse/sync") return nodeStub;
      if (importer?.startsWith(`${repository}src/parse/`) && source === "./loadMathjs.js") {
        return `${root}shims/loadMathjs.ts`;
      }
      return null;
    },
  };
}
