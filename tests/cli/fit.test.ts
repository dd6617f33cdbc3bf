import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA, runCli, runJson } from "./runCli.js";

const dir = mkdtempSync(join(tmpdir(), "autodiff-fit-"));
const csv = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// y = 2x + 1 on x = 0..19: a line the model must recover.
const line = csv("line.csv", `x,y\n${Array.from({ length: 20 }, (_, x) => `${x},${2 * x + 1}`).join("\n")}\n`);

describe.concurrent("autodiff fit", () => {
  it("learns y = 2x + 1 and reports parameters, final loss and test R^2 (--json)", async () => {
    const { code, json } = await runJson([
      "fit",
      line,
      "--target",
      "y",
      "--standardize",
      "--lr",
      "0.1",
      "--epochs",
      "300",
      "--seed",
      "1",
    ]);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      model: "linear",
      target: "y",
      features: ["x"],
      rows: { train: 16, test: 4 },
      metric: "r2",
      epochs: 300,
    });
    const original = json.originalUnits as { mx: Record<string, number>; yint: number };
    expect(original.mx.m0!).toBeCloseTo(2, 3);
    expect(original.yint).toBeCloseTo(1, 2);
    expect((json.test as { r2: number }).r2).toBeGreaterThan(0.999);
    expect(json.lossHistory as number[]).toHaveLength(300);
    expect(json.finalLoss as number).toBeLessThan(1e-3);
  });

  it("prints m0, yint, the final loss and the test metric as text", async () => {
    const run = await runCli(["fit", line, "--target", "y", "--standardize", "--lr", "0.1", "--epochs", "200"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^m0 +\(x\) +\S+ +(2|1\.99\d*|2\.00\d*)$/m);
    expect(run.stdout).toMatch(/^yint /m);
    expect(run.stdout).toMatch(/final training loss \(mean squared error\): /);
    expect(run.stdout).toMatch(/test R\^2: (1|0\.99\d*)$/m);
    // the progress bar is for terminals only
    expect(run.stderr).toBe("");
  });

  it("logistic regression on breast_cancer reports test accuracy", async () => {
    const { code, json } = await runJson([
      "fit",
      join(DATA, "breast_cancer.csv"),
      "--target",
      "target",
      "--model",
      "logistic",
      "--standardize",
      "--lr",
      "0.5",
      "--epochs",
      "100",
    ]);
    expect(code).toBe(0);
    expect(json.metric).toBe("accuracy");
    expect((json.test as { accuracy: number }).accuracy).toBeGreaterThan(0.9);
  });

  it("--plot writes an SVG of the loss curve and, for one feature, the data and the fit", async () => {
    const svg = join(dir, "loss.svg");
    const { code, json } = await runJson([
      "fit",
      line,
      "--target",
      "y",
      "--standardize",
      "--lr",
      "0.1",
      "--epochs",
      "50",
      "--plot",
      svg,
    ]);
    expect(code).toBe(0);
    expect(json.plot).toBe(svg);
    const text = readFileSync(svg, "utf8");
    expect(text).toMatch(/^<svg/);
    expect(text).toContain("loss per epoch");
    expect(text).toContain("y against x");
    expect(text).toContain("mark-symbol");
  });
});

describe.concurrent("autodiff fit errors", () => {
  it("training that diverges stops with a hint to lower --lr or --standardize, and prints no NaN", async () => {
    const run = await runCli([
      "fit",
      join(DATA, "house_rent.csv"),
      "--target",
      "rent",
      "--lr",
      "0.01",
      "--test-split",
      "0",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^error: training diverged in epoch \d+/);
    expect(run.stderr).toMatch(/hint: .*smaller learning rate.*--lr.*--standardize/);
    expect(run.stderr).not.toMatch(/NaN/);
  });

  it("a missing value names its row and column, exit 1", async () => {
    const run = await runCli(["fit", csv("missing.csv", "a,b,y\n1,2,3\n4,,6\n"), "--target", "y"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Row 2 \(line 3\), column "b": missing value/);
  });

  it("a non-numeric value names its row and column, exit 1", async () => {
    const run = await runCli(["fit", csv("text.csv", "a,b,y\n1,2,3\n4,5,6\n7,big,9\n"), "--target", "y"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Row 3 \(line 4\), column "b": "big" is not a number/);
  });

  it("an unknown --target lists the columns, exit 2", async () => {
    const run = await runCli(["fit", line, "--target", "z"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: unknown --target "z".*\nhint: columns: x, y/);
  });

  it("a missing file and logistic labels that are not 0/1 are data errors, exit 1", async () => {
    const missing = await runCli(["fit", join(dir, "nope.csv"), "--target", "y"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv/);
    const labels = await runCli(["fit", line, "--target", "y", "--model", "logistic"]);
    expect(labels.code).toBe(1);
    expect(labels.stderr).toMatch(/0\/1 labels/);
  });
});

describe.concurrent("autodiff fit on awkward files", () => {
  it("a file saved by Excel (UTF-8 byte order mark) keeps its first column's name", async () => {
    const { code, json } = await runJson([
      "fit",
      csv("bom.csv", `\uFEFFx,y\n1,3\n2,5\n3,7\n4,9\n`),
      "--target",
      "y",
      "--test-split",
      "0",
    ]);
    expect(code).toBe(0);
    expect(json.features).toEqual(["x"]);
  });

  it("a header-only or one-row file says it has too few rows, exit 1", async () => {
    const empty = await runCli(["fit", csv("header.csv", "x,y\n"), "--target", "y"]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^error: .*header\.csv has a header row \(x, y\) but no data rows\nhint: add rows/);
    const one = await runCli(["fit", csv("one.csv", "x,y\n1,2\n"), "--target", "y"]);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/one\.csv has only one data row/);
  });

  it.each([
    ["semicolon.csv", ";", "semicolons"],
    ["tab.csv", "\t", "tabs"],
  ])("%s: a file not separated by commas says what it is separated by, exit 1", async (name, separator, what) => {
    const run = await runCli(["fit", csv(name, `x${separator}y\n1${separator}3\n2${separator}5\n`), "--target", "y"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`is one column: the file is separated by ${what}`);
    expect(run.stderr).toMatch(/hint: save it with commas/);
  });

  it("0x10 in a cell is not a number (it is not read as 16), naming its row, exit 1", async () => {
    const run = await runCli(["fit", csv("hex.csv", "x,y\n1,3\n0x10,5\n3,7\n"), "--target", "y"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Row 2 \(line 3\), column "x": "0x10" is not a number \(write it in decimal/);
  });

  it("--plot to a missing folder: the parameters are printed, then it says it cannot write, exit 1", async () => {
    const svg = join(dir, "no-such-folder", "loss.svg");
    const run = await runCli([
      "fit",
      line,
      "--target",
      "y",
      "--standardize",
      "--lr",
      "0.1",
      "--epochs",
      "50",
      "--plot",
      svg,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^m0 +\(x\)/m);
    expect(run.stdout).not.toContain("plot: wrote");
    expect(run.stderr).toBe(
      `error: cannot write the plot to ${svg}: no such directory\n` +
        "hint: give a path in a folder you can write to, e.g. --plot ./plot.svg\n",
    );
    const { code, json } = await runJson([
      "fit",
      line,
      "--target",
      "y",
      "--standardize",
      "--lr",
      "0.1",
      "--epochs",
      "50",
      "--plot",
      svg,
    ]);
    expect(code).toBe(1);
    expect(json).toMatchObject({ target: "y", plot: null, error: { exitCode: 1 } });
    expect(json.mx).toHaveProperty("m0");
  });

  it("--plot of 130,000 rows draws a sample of the points (no stack overflow)", async () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => `${i / 1000},${(2 * i) / 1000 + 1}`);
    const big = csv("big.csv", `x,y\n${rows.join("\n")}\n`);
    const svg = join(dir, "big.svg");
    const run = await runCli([
      "fit",
      big,
      "--target",
      "y",
      "--standardize",
      "--lr",
      "0.5",
      "--epochs",
      "2",
      "--plot",
      svg,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(svg, "utf8")).toContain("y against x (5,000 of 130,000 rows)");
  });

  it("--features x,x and a repeated --target are usage errors, exit 2", async () => {
    const twice = await runCli(["fit", line, "--features", "x,x", "--target", "y"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(
      /^error: option '--features <columns>' argument 'x,x' is invalid\. "x" is named twice\n/,
    );
    const targets = await runCli(["fit", line, "--target", "y", "--target", "x"]);
    expect(targets.code).toBe(2);
    expect(targets.stderr).toMatch(
      /^error: --target is given twice \(--target y and --target x\)\nhint: give --target once/,
    );
  });
});
