import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const repository = fileURLToPath(new URL("..", import.meta.url));

/**
 * The playground: a static page. `base: "./"` makes every asset URL relative, so playground/dist works
 * as is from any folder (GitHub Pages serves a project under /<repo>/).
 */
export default defineConfig({
  root,
  base: "./",
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
