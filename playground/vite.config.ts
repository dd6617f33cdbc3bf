import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type Rollup } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const repository = fileURLToPath(new URL("..", import.meta.url));

/**
 * The playground: a static page, built into one file, dist/index.html, that works opened from disk
 * (file://) as well as served. A browser refuses module scripts, and the chunks they import, from file://
 * (their origin is null, so CORS fails), but runs a module script written inside the page; so the build
 * writes the script and the stylesheet into the page, with KaTeX's fonts as data URLs. Graphviz's
 * WebAssembly is already a string inside @viz-js/viz's script, so it comes along.
 */
export default defineConfig({
  root,
  base: "./",
  plugins: [woff2Only(), singleFile()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // one script: a lazily imported chunk would be a second file, which file:// cannot load
    rollupOptions: { output: { inlineDynamicImports: true } },
    // KaTeX's fonts into the stylesheet as data URLs; nothing else (see woff2Only)
    assetsInlineLimit: (file) => file.endsWith(".woff2"),
    // @viz-js/viz carries Graphviz as inline WebAssembly (about 1.2 MB), so the one script is about 1.9 MB
    chunkSizeWarningLimit: 2200,
  },
  // the page imports the engine from ../src (the one public door, src/index.ts)
  server: { fs: { allow: [repository] } },
});

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf; every browser the page runs in reads woff2
 * (Chromium, Firefox and Safari since 2016-2018), so only woff2 is kept: the page carries 19 fonts, not 57.
 */
function woff2Only(): Plugin {
  return {
    name: "gradkit-katex-woff2-only",
    enforce: "pre",
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id)) return undefined;
      return code.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, "");
    },
  };
}

/**
 * Writes the built script and stylesheet into index.html and drops every other file: the page is one file.
 * (vite-plugin-singlefile does the same for any page; for one script and one stylesheet this is enough.)
 * What is dropped is the engine's dataset files (src/data/loadDataset.ts names them by URL), which the
 * playground never loads.
 */
function singleFile(): Plugin {
  return {
    name: "gradkit-single-file",
    apply: "build",
    enforce: "post",
    // order "post": after Vite's own generateBundle hooks, which still rewrite the script (its preload markers)
    generateBundle: { order: "post", handler: inlineIntoPage },
  };
}

function inlineIntoPage(_options: unknown, bundle: Rollup.OutputBundle): void {
  const page = bundle["index.html"];
  if (page?.type !== "asset") throw new Error("single-file build: no index.html in the bundle");
  let html = String(page.source);
  for (const [fileName, output] of Object.entries(bundle)) {
    if (fileName === "index.html") continue;
    const at = new RegExp(
      `\\s*<(script|link)\\b[^>]*\\b(?:src|href)="\\./${escapeRegExp(fileName)}"[^>]*>(</script>)?`,
    );
    if (output.type === "chunk") {
      // the HTML parser ends a script at "</script", wherever it is; "<\/" means "</" in a string or regex
      const code = output.code.replace(/<\/script/gi, "<\\/script");
      if (/<script/i.test(code)) throw new Error(`single-file build: ${fileName} contains "<script"`);
      html = replaceOnce(html, at, `\n    <script type="module">${code}</script>`, fileName);
    } else if (fileName.endsWith(".css")) {
      html = replaceOnce(html, at, `\n    <style>${String(output.source)}</style>`, fileName);
    }
    delete bundle[fileName];
  }
  page.source = html;
}

function replaceOnce(html: string, tag: RegExp, replacement: string, fileName: string): string {
  if (!tag.test(html)) throw new Error(`single-file build: index.html does not load ${fileName}`);
  // a function, not a string: "$&" or "$'" in the code must stay as written
  return html.replace(tag, () => replacement);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
