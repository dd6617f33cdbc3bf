import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commandTable.js";
import { formulaAfterDoubleDash as rewrite, formulaText } from "../../src/cli/formulaArgument.js";

const FORMULA_COMMANDS = COMMANDS.filter((command) => command.takesFormula).map((command) => command.name);
const formulaAfterDoubleDash = (args: readonly string[]) => rewrite(args, FORMULA_COMMANDS);

describe("formulaAfterDoubleDash", () => {
  it("turns the token after -- into --expr so later options still parse", () => {
    expect(formulaAfterDoubleDash(["diff", "--", "-x^2", "--wrt", "x"])).toEqual(["diff", "--expr=-x^2", "--wrt", "x"]);
  });
  it("leaves fit and argument lists without -- alone", () => {
    expect(formulaAfterDoubleDash(["fit", "--", "-a.csv"])).toEqual(["fit", "--", "-a.csv"]);
    expect(formulaAfterDoubleDash(["eval", "x"])).toEqual(["eval", "x"]);
  });
});

describe("formulaText", () => {
  it("splits a leading name = off the formula", () => {
    expect(formulaText("loss = (x*w - y)^2", undefined)).toEqual({ name: "loss", formula: "(x*w - y)^2" });
    expect(formulaText(undefined, "-x^2")).toEqual({ name: undefined, formula: "-x^2" });
  });
  it("refuses two formulas or none", () => {
    expect(() => formulaText("x", "y")).toThrow("two formulas");
    expect(() => formulaText(undefined, undefined)).toThrow("no formula");
  });
});
