import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("mathjs is loaded lazily, and lean", () => {
  it("importing the library loads no mathjs; the first parse loads only the parser's modules", () => {
    // a fresh process: the test runner's own module cache could already hold mathjs
    const script = `
      import { createRequire } from "node:module";
      const cache = createRequire(import.meta.url).cache;
      const mathjsModules = () => Object.keys(cache).filter((file) => file.includes("/node_modules/mathjs/")).length;
      const gradkit = await import("./src/index.ts");
      const before = mathjsModules();
      gradkit.parse("x^2 * sin(x)");
      console.log(JSON.stringify({ before, after: mathjsModules() }));
    `;
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8",
    });
    const { before, after } = JSON.parse(output) as { before: number; after: number };
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
    // require("mathjs/number") would load about 670
    expect(after).toBeLessThan(150);
  });
});
