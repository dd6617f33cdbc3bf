import { describe, expect, it } from "vitest";
import { applyMutant, listMutants, mutantSource, readMutant } from "../../scripts/kit/mutants.js";

describe("kit: mutants are edits of the current solutions", () => {
  it.each(listMutants())("%s applies to its solution and changes it", (id) => {
    expect(mutantSource(id)).not.toContain(readMutant(id).replace[0]!.find);
  });
  const mutant = {
    file: "06-linear-regression/LinearRegression.ts",
    mistake: "= for +=",
    replace: [{ find: "+=", with: "=" }],
  };
  it("applies a find that occurs once", () => expect(applyMutant("demo", mutant, "total += x;")).toBe("total = x;"));
  it("a find that is gone (the solution changed) is an error naming the mutant and the text", () => {
    expect(() => applyMutant("demo", mutant, "total = x;")).toThrow(
      /Mutant "demo": its "find" text occurs 0 times in solutions\/06-linear-regression\/LinearRegression\.ts[\s\S]*\+=/,
    );
  });
  it("a find that occurs twice is an error too", () => {
    expect(() => applyMutant("demo", mutant, "a += 1; b += 2;")).toThrow(/occurs 2 times/);
  });
});
