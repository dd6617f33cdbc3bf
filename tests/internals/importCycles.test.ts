import madge from "madge";
import { describe, expect, it } from "vitest";

/**
 * No runtime import cycles in src/ but Sine <-> Cosine and sinh <-> cosh (each one's derivative is the other). Type-only
 * imports are left out: they vanish at run time. madge is a devDependency: it resolves the `.js`
 * specifiers of our TypeScript sources to files and knows `import type` from `import`.
 */
describe("imports", () => {
  it("no runtime import cycle in src/ except Sine <-> Cosine and sinh <-> cosh", async () => {
    const graph = await madge("src", {
      fileExtensions: ["ts"],
      tsConfig: "tsconfig.json",
      detectiveOptions: { ts: { skipTypeImports: true }, es6: { skipTypeImports: true } },
    });
    // the graph is real: it sees the modules and their imports (so the check below can fail)
    const modules = graph.obj();
    expect(modules["expression/operators/Addition.ts"]).toContain("expression/BinaryOperator.ts");
    expect(Object.keys(modules).length).toBeGreaterThan(60);
    const cycles = graph.circular().map((cycle) => [...cycle].sort().join(" -> "));
    expect(cycles.sort()).toEqual([
      "expression/functions/Cosine.ts -> expression/functions/Sine.ts",
      "expression/functions/HyperbolicCosine.ts -> expression/functions/HyperbolicSine.ts",
    ]);
  }, 60_000);
});
