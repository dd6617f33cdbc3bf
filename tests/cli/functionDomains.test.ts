import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

/** Each new function outside its domain: the CLI names the function, where it is defined and its argument. */
describe.concurrent("autodiff and the domains of asin, acosh, atanh, log10, ...", () => {
  it.each([
    ["eval", "asin(x)", "x=2", /asin\(x\) is NaN \(asin\(u\) is defined for -1 <= u <= 1; here u = 2\)/],
    ["eval", "acosh(x/2)", "x=1", /acosh\(x \/ 2\) is NaN \(acosh\(u\) is defined for u >= 1; here u = 0.5\)/],
    ["grad", "x * log10(x)", "x=-1", /log10\(x\) is NaN \(log10\(u\) is defined for u > 0; here u = -1\)/],
    ["eval", "atanh(x)", "x=1", /atanh\(x\) is Infinity \(atanh\(u\) is defined for -1 < u < 1; here u = 1\)/],
    ["eval", "asec(x)", "x=0.5", /asec\(u\) is defined for u <= -1 or u >= 1; here u = 0.5/],
  ])("%s %s at %s says which function is undefined where, exit 1", async (command, formula, at, message) => {
    const run = await runCli([command, formula, "--at", at]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it("diff at a point inside the domain works: asin(x) at 0.5 is 1.154700538", async () => {
    const run = await runCli(["diff", "arcsin(x)", "--wrt", "x", "--at", "x=0.5"]);
    expect(run).toMatchObject({ code: 0, stdout: "d/dx (asin(x)) = 1 / sqrt(1 - x ^ 2)\nat x = 0.5: 1.154700538\n" });
  });

  it("softplus and its slope stay finite at 1000", async () => {
    expect((await runCli(["eval", "softplus(x)", "--at", "x=1000"])).stdout).toBe("1000\n");
    expect((await runCli(["diff", "softplus(x)", "--wrt", "x", "--at", "x=1000"])).stdout).toContain(
      "at x = 1000: 1\n",
    );
  });
});
