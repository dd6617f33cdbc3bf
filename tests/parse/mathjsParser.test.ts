import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MATHJS_PARSER_FILE, bundleMathjsParser } from "../../tools/bundleMathjsParser.js";

describe("src/parse/mathjsParser.js is mathjs's parser, as installed", () => {
  it("matches what npm run build:mathjs makes from node_modules/mathjs (run it after updating mathjs)", async () => {
    const committed = readFileSync(MATHJS_PARSER_FILE, "utf8");
    const stale = "src/parse/mathjsParser.js is stale: run npm run build:mathjs";
    expect(committed === (await bundleMathjsParser()), stale).toBe(true);
  });
});
