type ReadFileSync = (path: string | URL, encoding: "utf8") => string;

/**
 * A UTF-8 file's text, read with Node's `fs`. `fs` is fetched when a file is first read, not imported,
 * so the library's one entry bundles for a browser without Node built-ins; there, reading a file throws
 * an Error that says what to do instead. Callers word every failure as their own DataError.
 */
export function readTextFile(path: string | URL): string {
  const fs = globalThis.process?.getBuiltinModule?.("node:fs") as { readFileSync: ReadFileSync } | undefined;
  if (fs === undefined) {
    throw new Error(
      "reading files needs Node.js 20.16 or later; in a browser, fetch the text and use parseCsv or datasetFromCsv",
    );
  }
  return fs.readFileSync(path, "utf8");
}
