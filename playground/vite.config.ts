import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type Rollup } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const repository = fileURLToPath(new URL("..", import.meta.url));

/**
 * The playground: a static page, built into one file, dist/index.html, that works opened from disk
 * (file://) as well as served. A browser refuses module scripts, and the chunks they import, from file://
 * (their origin is null, so CORS fails), but runs a module script written inside the page; so the build
 * writes the scripts and the stylesheet into the page, with KaTeX's fonts as data URLs (see singleFile).
 */
export default defineConfig({
  root,
  base: "./",
  plugins: [woff2Only(), singleFile()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // KaTeX's fonts into the stylesheet as data URLs; nothing else (see woff2Only)
    assetsInlineLimit: (file) => file.endsWith(".woff2"),
    // @viz-js/viz carries Graphviz as inline WebAssembly (about 1.2 MB): its own chunk, read after the page
    chunkSizeWarningLimit: 1600,
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
 * Writes the built scripts and the stylesheet into index.html and drops every other file: the page is one file.
 *
 * The entry script goes at the end of the body, as an async module: it runs as soon as the parser reaches
 * it, with the page's elements above it, and does not wait for the rest of the file. A lazily imported
 * chunk (Graphviz: 1.3 MB of its 2.2) follows it as an inert `<script type="text/plain">`, so reading it
 * does not delay the first derivative; its `import()` is rewritten to load that text, once the page is
 * parsed, as a module from a blob: URL (allowed from file://, where a relative import is not).
 *
 * vite-plugin-singlefile inlines pages in general, but makes every chunk part of the one entry script,
 * which would put Graphviz's 1.3 MB in front of the first derivative. What is dropped is the engine's
 * dataset files (src/data/loadDataset.ts names them by URL), which the playground never loads.
 */
function singleFile(): Plugin {
  return {
    name: "gradkit-single-file",
    apply: "build",
    enforce: "post",
    // order "post": after Vite's own generateBundle hooks, which still rewrite the scripts (preload markers)
    generateBundle: { order: "post", handler: inlineIntoPage },
  };
}

/** What an `import("./chunk.js")` becomes: the chunk's text, read from the page once parsed, as a module. */
const CHUNK_LOADER = `const __gradkitChunk = (id) => new Promise((parsed) => document.readyState === "loading"
  ? document.addEventListener("DOMContentLoaded", () => parsed(), { once: true }) : parsed())
  .then(() => import(URL.createObjectURL(new Blob([document.getElementById(id).textContent], { type: "text/javascript" }))));
`;

function inlineIntoPage(_options: unknown, bundle: Rollup.OutputBundle): void {
  const page = bundle["index.html"];
  if (page?.type !== "asset") throw new Error("single-file build: no index.html in the bundle");
  let html = String(page.source);
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === "chunk");
  const entries = chunks.filter((chunk) => chunk.isEntry);
  const lazy = chunks.filter((chunk) => !chunk.isEntry);
  if (entries.length !== 1) throw new Error(`single-file build: ${entries.length} entry scripts, expected 1`);
  const entry = entries[0]!;
  for (const chunk of lazy)
    if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0)
      throw new Error(`single-file build: ${chunk.fileName} imports other chunks, which a blob: URL cannot resolve`);

  let code = entry.code;
  if (lazy.length > 0) {
    for (const chunk of lazy) {
      const specifier = new RegExp(
        `import\\(\\s*["'\`]\\./${escapeRegExp(chunk.fileName.split("/").pop()!)}["'\`]\\s*\\)`,
        "g",
      );
      if (!specifier.test(code))
        throw new Error(`single-file build: the entry script does not import ${chunk.fileName}`);
      code = code.replace(specifier, () => `__gradkitChunk(${JSON.stringify(chunk.fileName)})`);
    }
    code = CHUNK_LOADER + code;
  }
  html = replaceTag(html, entry.fileName, "");
  const scripts = [`<script type="module" async>${scriptText(code, entry.fileName)}</script>`];
  for (const chunk of lazy)
    scripts.push(`<script type="text/plain" id="${chunk.fileName}">${scriptText(chunk.code, chunk.fileName)}</script>`);
  if (!html.includes("</body>")) throw new Error("single-file build: index.html has no </body>");
  html = html.replace("</body>", () => `  ${scripts.join("\n    ")}\n  </body>`);

  for (const [fileName, output] of Object.entries(bundle)) {
    if (fileName === "index.html") continue;
    if (output.type === "asset" && fileName.endsWith(".css"))
      html = replaceTag(html, fileName, `<style>${String(output.source)}</style>`);
    delete bundle[fileName];
  }
  page.source = html;
}

/** Code that can sit inside a script element: the HTML parser ends one at "</script", wherever it is. */
function scriptText(code: string, fileName: string): string {
  // "<\/" means "</" in a string, a template or a regex, where the sequence can occur
  const text = code.replace(/<\/script/gi, "<\\/script");
  if (/<script/i.test(text)) throw new Error(`single-file build: ${fileName} contains "<script"`);
  // the HTML parser turns a NUL into U+FFFD and a CR into a line feed: a script must escape them (esbuild does)
  if (/[\0\r]/.test(text)) throw new Error(`single-file build: ${fileName} contains a raw NUL or CR`);
  return text;
}

/** Replaces the tag that loads `fileName` (a script or a stylesheet link) with `replacement`. */
function replaceTag(html: string, fileName: string, replacement: string): string {
  const tag = new RegExp(`\\s*<(script|link)\\b[^>]*\\b(?:src|href)="\\./${escapeRegExp(fileName)}"[^>]*>(</script>)?`);
  if (!tag.test(html)) throw new Error(`single-file build: index.html does not load ${fileName}`);
  // a function, not a string: "$&" or "$'" in the code must stay as written
  return html.replace(tag, () => (replacement === "" ? "" : `\n    ${replacement}`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
