import { builtinModules } from "node:module";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Every import of a Node built-in, with the file that imports it; the build goes on so all are listed. */
function recordNodeBuiltins(found: string[]): Plugin {
  return {
    name: "record-node-builtins",
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path, importer }) => {
        if (!NODE_BUILTINS.has(path) && !path.startsWith("node:")) return undefined;
        found.push(`${path} (imported by ${importer.replace(root, "")})`);
        return { path, external: true };
      });
    },
  };
}

interface Page {
  parse(formula: string): {
    eval(env: Record<string, number>): number;
    diff(env: Record<string, number>, wrt: string): number;
  };
  ParseError: new (...args: never[]) => Error;
  loadDataset(name: string): unknown;
  datasetFromCsv(name: string, csv: string, splits?: unknown): { X: number[][]; y: number[]; XTrain?: number[][] };
}

describe("the engine bundles for a browser", () => {
  const nodeImports: string[] = [];
  let code = "";
  let warnings: string[] = [];

  beforeAll(async () => {
    const result = await build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "gradkit",
      // a page's ES module has a URL; this one is never fetched
      define: { "import.meta.url": JSON.stringify("https://example.invalid/gradkit/dist/index.js") },
      write: false,
      logLevel: "silent",
      plugins: [recordNodeBuiltins(nodeImports)],
    });
    code = result.outputFiles[0]!.text;
    warnings = result.warnings.map((warning) => warning.text);
  });

  it("with no Node built-in anywhere in its imports, and no warning", () => {
    expect(nodeImports).toEqual([]);
    expect(warnings).toEqual([]);
  });

  /** The bundle run as a page runs it: a fresh context with JavaScript's globals and URL; no process or Buffer. */
  function loadPage(): Page {
    const context: { gradkit?: Page; URL: typeof URL } = { URL };
    runInNewContext(`${code}\nglobalThis.gradkit = gradkit;`, context);
    return context.gradkit!;
  }

  it("parse works inside the bundle: value, derivative and a ParseError with its position", () => {
    const gradkit = loadPage();
    expect(runInNewContext("typeof process + typeof require + typeof Buffer", {})).toBe("undefinedundefinedundefined");
    const f = gradkit.parse("x^2 * sin(x)");
    expect(f.eval({ x: 2 })).toBeCloseTo(4 * Math.sin(2), 12);
    expect(f.diff({ x: 2 }, "x")).toBeCloseTo(4 * Math.sin(2) + 4 * Math.cos(2), 12);
    let error: unknown;
    try {
      gradkit.parse("x + gamma(x)");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(gradkit.ParseError);
    expect((error as { position: number }).position).toBe(4);
  });

  it("a page builds datasets from fetched text; loadDataset, which reads files, says so", () => {
    const gradkit = loadPage();
    const csv = readFileSync(`${root}data/iris.csv`, "utf8");
    const splits: unknown = JSON.parse(readFileSync(`${root}data/splits.json`, "utf8"));
    const iris = gradkit.datasetFromCsv("iris", csv, splits);
    // the page's dataset is Node's, split included
    const node = loadDataset("iris");
    expect(JSON.stringify([iris.X, iris.y, iris.XTrain])).toBe(JSON.stringify([node.X, node.y, node.XTrain]));
    const advice = /needs Node\.js .* in a browser, fetch the text and use parseCsv or datasetFromCsv/;
    expect(() => gradkit.loadDataset("iris")).toThrow(advice);
  });
});
