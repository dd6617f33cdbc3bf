import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { autograderFiles } from "../../scripts/kit/autograderFiles.js";
import { bundleFiles } from "../../scripts/kit/bundleFiles.js";
import { localImports } from "../../scripts/kit/localImports.js";
import { ROOT } from "../../scripts/kit/targets.js";

// kit/lean/ is what the student bundle's and the autograder's `npm ci` install. It cannot drift from the
// project: the same version ranges, the same locked versions, and every package their code imports.

interface Lock {
  packages: Record<string, { version?: string; resolved?: string; integrity?: string; optional?: boolean }>;
}
interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  engines?: object;
  overrides?: object;
  allowScripts?: object;
}
const readJson = <T>(...path: string[]): T => JSON.parse(readFileSync(join(ROOT, ...path), "utf8")) as T;
const lean = readJson<PackageJson>("kit", "lean", "package.json");
const leanLock = readJson<Lock & { packages: Record<string, PackageJson> }>("kit", "lean", "package-lock.json");
const project = readJson<PackageJson>("package.json");
const projectLock = readJson<Lock>("package-lock.json");
const REGENERATE = "regenerate it with npx tsx scripts/leanLock.ts";

/** The packages a set of files imports (`vitest` for `vitest/config`, `@types/x` whole), with who imports each. */
function packagesImported(files: ReadonlyMap<string, Uint8Array>, paths: readonly string[]): Map<string, string[]> {
  const imported = new Map<string, string[]>();
  for (const path of paths) {
    const source = new TextDecoder().decode(files.get(path));
    for (const match of source.matchAll(/(?:^|[\s;])(?:import|export)[^"'`;]*?from\s*["']([^"'./#][^"']*)["']/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith("node:") || specifier.startsWith("@impl/")) continue;
      const name = specifier
        .split("/")
        .slice(0, specifier.startsWith("@") ? 2 : 1)
        .join("/");
      imported.set(name, [...(imported.get(name) ?? []), path]);
    }
    for (const match of source.matchAll(/\bimport\(\s*["']([^"'./#][^"']*)["']\s*\)/g)) {
      const name = match[1]!
        .split("/")
        .slice(0, match[1]!.startsWith("@") ? 2 : 1)
        .join("/");
      if (!name.startsWith("node:")) imported.set(name, [...(imported.get(name) ?? []), path]);
    }
  }
  return imported;
}

/** The packages of `imported` that the lean package.json does not name, each with a file that imports it. */
function notInstalled(imported: ReadonlyMap<string, string[]>): string[] {
  const direct = new Set(Object.keys({ ...lean.dependencies, ...lean.devDependencies }));
  // vite's types (implResolver's Plugin) come with vitest, whose own API is built on them.
  const throughVitest = new Set(["vite"]);
  return [...imported]
    .filter(([name]) => !direct.has(name) && !throughVitest.has(name))
    .map(([name, by]) => `${name} (imported by ${by[0]})`);
}

describe("kit: the lean install of the bundle and the autograder (kit/lean/)", () => {
  it("its package-lock.json agrees with its package.json, so npm ci installs it", () => {
    const root = leanLock.packages[""]!;
    expect({ dependencies: root.dependencies, devDependencies: root.devDependencies }, REGENERATE).toEqual({
      dependencies: lean.dependencies,
      devDependencies: lean.devDependencies,
    });
  });
  it("asks for each package what the project's package.json asks for, with the same overrides", () => {
    const wanted = { ...project.dependencies, ...project.devDependencies };
    for (const [name, range] of Object.entries({ ...lean.dependencies, ...lean.devDependencies }))
      expect(range, `${name} in kit/lean/package.json`).toBe(wanted[name]);
    expect([lean.engines, lean.overrides, lean.allowScripts]).toEqual([
      project.engines,
      project.overrides,
      project.allowScripts,
    ]);
  });
  it("pins every package it shares with the root package-lock.json at the same version", () => {
    const drifted = Object.entries(leanLock.packages)
      .filter(([path]) => path !== "" && projectLock.packages[path] !== undefined)
      .filter(([path, entry]) => {
        const pinned = projectLock.packages[path]!;
        return entry.version !== pinned.version || entry.integrity !== pinned.integrity;
      })
      .map(
        ([path, entry]) => `${path}: ${entry.version} here, ${projectLock.packages[path]!.version} in the root lock`,
      );
    expect(drifted, REGENERATE).toEqual([]);
  });
  it("is light: at most 120 packages, none of the benchmarks', the playground's, the linter's or the CLI's", () => {
    const installed = Object.entries(leanLock.packages).filter(([path, entry]) => path !== "" && !entry.optional);
    expect(installed.length).toBeLessThanOrEqual(120);
    const heavy =
      /node_modules\/(@tensorflow\/|playwright|katex|@viz-js\/|@biomejs\/|madge|vega|commander|cli-progress|mathjs|fast-check)/;
    expect(installed.map(([path]) => path).filter((path) => heavy.test(path))).toEqual([]);
    expect(Object.keys({ ...lean.dependencies, ...lean.devDependencies })).not.toContain("vite");
  });
  it("is what the autograder zip's setup.sh installs (the bundle's: tests/kit/bundle.test.ts)", () => {
    const files = autograderFiles();
    const shipped = JSON.parse(new TextDecoder().decode(files.get("package.json"))) as PackageJson & {
      imports?: object;
    };
    expect([shipped.dependencies, shipped.devDependencies]).toEqual([lean.dependencies, lean.devDependencies]);
    expect(shipped.imports).toEqual((project as { imports?: object }).imports);
    expect(files.get("package-lock.json")).toEqual(readFileSync(join(ROOT, "kit", "lean", "package-lock.json")));
    expect(new TextDecoder().decode(files.get("setup.sh"))).toMatch(/^npm ci /m);
  });
  it("names every package the student bundle's code imports", () => {
    const files = bundleFiles();
    const code = [...files.keys()].filter((path) => /\.(ts|mjs|js)$/.test(path) && !path.endsWith("mathjsParser.js"));
    expect(notInstalled(packagesImported(files, code))).toEqual([]);
  });
  it("names every package the autograder's run imports (the grader, the library, the graded and hidden tests)", () => {
    const files = autograderFiles();
    // What run_autograder runs and everything it imports, and what it hands to vitest or node by path. The
    // instructors' tools in scripts/ (the zips, the regrade) ship in the zip but never run there.
    const entries = [...files.keys()].filter(
      (path) =>
        path === "scripts/run-autograder.ts" ||
        path === "vitest.graded.config.ts" ||
        /^scripts\/kit\/(grading\/|moduleReports)/.test(path) ||
        (/^tests\/(graded|hidden)\//.test(path) && path.endsWith(".ts")),
    );
    const seen = new Set<string>();
    for (let pending = [...entries], path = pending.pop(); path !== undefined; path = pending.pop()) {
      if (seen.has(path) || !files.has(path)) continue;
      seen.add(path);
      pending.push(...localImports(path, new TextDecoder().decode(files.get(path))));
    }
    expect(seen).toContain("src/index.ts");
    expect(notInstalled(packagesImported(files, [...seen]))).toEqual([]);
  });
});
