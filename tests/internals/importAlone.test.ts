import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

/** Every module under src/, except the CLI's entry point (it runs the CLI when loaded). */
function modulesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modulesUnder(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") && path !== join(SRC, "cli.ts") ? [path] : [];
  });
}

/** Import `path` in a fresh module graph: nothing else loaded before it. */
async function importAlone(path: string): Promise<Record<string, unknown>> {
  vi.resetModules();
  return (await import(path)) as Record<string, unknown>;
}

describe("every module works when imported on its own", () => {
  it("each module under src/ loads in a fresh module graph", async () => {
    const failures: string[] = [];
    for (const path of modulesUnder(SRC)) {
      try {
        await importAlone(path);
      } catch (error) {
        failures.push(`${relative(SRC, path)}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("x.mul(2) works after importing only the factories", async () => {
    const { variable } = (await importAlone(
      join(SRC, "expression/factories.ts"),
    )) as typeof import("../../src/index.js");
    const x = variable("x");
    expect(x.mul(2).eval({ x: 3 })).toBe(6);
    expect(x.mul(2).derivative("x").toString()).toBe("2");
    expect(x.mul(x).gradient({ x: 3 })).toEqual({ x: 6 });
  });

  it("a node class imported alone computes its own rule", async () => {
    const { Multiplication } = (await importAlone(
      join(SRC, "expression/operators/Multiplication.ts"),
    )) as typeof import("../../src/index.js");
    expect(Multiplication.prototype.compute(3, 4)).toBe(12);
    expect(Multiplication.prototype.partial(0, 3, 4)).toBe(4);
  });
});

describe("what the parser builds works when only the parser is imported", () => {
  it('parse("x").mul(2)', async () => {
    const { parse } = (await importAlone(join(SRC, "parse/parse.ts"))) as typeof import("../../src/index.js");
    expect(parse("x").mul(2).eval({ x: 3 })).toBe(6);
  });
});
