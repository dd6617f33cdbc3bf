import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { derivationSteps, explain, parse } from "../../src/index.js";
import { sharedNodes } from "../../playground/src/sharedNodes.js";
import { findChromium, INSTALL_HINT } from "./findChromium.js";
import { serveStatic, type StaticServer } from "./staticServer.js";

// The playground as it is deployed: built once with Vite into a temporary folder, served as static
// files on 127.0.0.1, driven by one headless Chromium for every test below (in order, on one page).

const repository = fileURLToPath(new URL("../../", import.meta.url));
const executablePath = findChromium();
const onCi = process.env.CI === "true";
/** UPDATE_SCREENSHOT=1 rewrites the README's screenshots in docs/; otherwise they go to the build's temporary folder. */
const updateScreenshots = process.env.UPDATE_SCREENSHOT === "1";

/** Waits for the page to show something: a guard against a hang on a busy machine, not a time limit. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** The graph the page draws: one node per variable and per repeated part (see playground/src/sharedNodes.ts). */
const dag = (formula: string, env: Record<string, number>) => explain(sharedNodes(parse(formula)), env);

/** A number as the page prints it: 6 significant digits. */
const shown = (value: number): string => String(Number(value.toPrecision(6)));

// The functions below run in the page (strings: this file is type-checked without the DOM's types).

/** The graph's boxes as the texts of their fields, top to bottom. */
const graphBoxes = (page: Page): Promise<string[][]> =>
  page.evaluate(`[...document.querySelectorAll("[data-testid=graph] svg g.node")].map((box) =>
    [...box.querySelectorAll("text")].map((text) => text.textContent))`);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's audit of the whole page (axe-core injected from node_modules): its violations. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(`"axe" in window`))) {
    const { default: axe } = await import("axe-core");
    await page.addScriptTag({ content: axe.source });
  }
  return page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    })))`);
}

if (executablePath === undefined && onCi) {
  describe("in CI", () => {
    it("the browser tests run (CI never skips them)", () => {
      expect.fail(`No Chromium for the browser tests. Install it with: ${INSTALL_HINT}`);
    });
  });
} else if (executablePath === undefined) {
  console.warn(`Browser tests skipped: no Chromium found. Install it with: ${INSTALL_HINT}`);
}

describe.skipIf(executablePath === undefined)("the playground in a real browser", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const screenshot = (name: string): string => join(updateScreenshots ? join(repository, "docs") : outDir, name);
  /** Speed figures (issue 12 item 6): reported, never asserted. */
  const timings: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "gradkit-playground-"));
    // imported here, not at the top: a run without Chromium does not pay for loading Vite and Playwright
    const [{ build }, { chromium }] = await Promise.all([import("vite"), import("playwright-core")]);
    const [, launched] = await Promise.all([
      build({
        configFile: join(repository, "playground", "vite.config.ts"),
        logLevel: "error",
        build: { outDir, emptyOutDir: true },
      }),
      chromium.launch({ executablePath: executablePath! }),
    ]);
    browser = launched;
    server = await serveStatic(outDir);
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    // a guard against a hang, not a time limit: the build takes about 5 s on a quiet 2-core machine, 50 s on a busy one
  }, 180_000);

  afterAll(async () => {
    if (timings.length > 0) console.log(`playground speed (Chromium, reported not asserted): ${timings.join("; ")}`);
    await browser?.close();
    await server?.close();
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  });

  it("shows the default formula's derivative once the page has loaded", async () => {
    await page.goto(server.url);
    await poll(() => page.getByTestId("derivative").locator(".katex").count()).toBe(1);
    const firstDerivative = await page.evaluate(() => performance.getEntriesByName("first-derivative")[0]?.startTime);
    expect(firstDerivative).toBeTypeOf("number");
    timings.push(`first derivative on screen ${Math.round(firstDerivative!)} ms after navigation start`);
    // micrograd's neuron: tanh(2 * -3 + 0 * 1 + 6.88...) = 0.7071
    expect(await page.getByTestId("value").textContent()).toBe("0.707107");
  });

  it("x^2 * y at x = 3, y = 2: value 18, d/dx = 2xy = 12, gradient (12, 9)", async () => {
    await page.getByTestId("formula").fill("x^2 * y");
    await page.getByTestId("var-x").fill("3");
    await page.getByTestId("var-y").fill("2");
    await page.getByTestId("wrt").selectOption("x");
    await poll(() => page.getByTestId("value").textContent()).toBe("18");
    const derivative = page.getByTestId("derivative");
    expect(Number(await derivative.getAttribute("data-value"))).toBeCloseTo(12, 12);
    // the typeset derivative is the engine's own, d/dx (x^2 y) = 2 x y, then its value
    const tex = await derivative.locator("annotation").textContent();
    expect(tex).toContain(parse("x^2 * y").derivative("x").toLatex());
    expect(tex).toMatch(/= 12$/);
    const gradient = JSON.parse((await page.getByTestId("gradient").getAttribute("data-value")) ?? "{}") as Record<
      string,
      number
    >;
    expect(gradient.x).toBeCloseTo(12, 12);
    expect(gradient.y).toBeCloseTo(9, 12);
    await poll(() => page.getByTestId("gradient").locator("annotation").textContent()).toMatch(
      /= \\left\(12,\\ 9\\right\)$/,
    );
  });

  it("an invalid formula shows the error with a caret under its position", async () => {
    await page.getByTestId("formula").fill("x + * 2");
    const error = page.getByTestId("error");
    await poll(() => error.isVisible()).toBe(true);
    expect(await error.getAttribute("data-position")).toBe("4");
    expect(await error.textContent()).toContain('Missing a number or variable before "*" at 4');
    expect(await error.locator("pre").textContent()).toBe("x + * 2\n    ^");
    // a screen reader hears that the formula is invalid, and why
    const formula = page.getByTestId("formula");
    expect(await formula.getAttribute("aria-invalid")).toBe("true");
    expect(await formula.getAttribute("aria-describedby")).toBe("error");
    // fixing the formula clears it
    await formula.fill("x + 2");
    await poll(() => error.isVisible()).toBe(false);
    expect(await formula.getAttribute("aria-invalid")).toBeNull();
  });

  it("an unknown function is named, with the caret under it", async () => {
    await page.getByTestId("formula").fill("2 * gamma(x)");
    await poll(() => page.getByTestId("error").getAttribute("data-position")).toBe("4");
    expect(await page.getByTestId("error").textContent()).toContain('Unknown function "gamma"');
  });

  it("names a student might try get inputs of their own: Δx, __proto__, constructor", async () => {
    await page.getByTestId("formula").fill("__proto__ * constructor + Δx ^ 2");
    for (const name of ["__proto__", "constructor", "Δx"])
      await poll(() => page.getByTestId(`var-${name}`).count()).toBe(1);
    await page.getByTestId("var-Δx").fill("3");
    await poll(() => page.getByTestId("value").textContent()).toBe("10");
    await page.getByTestId("wrt").selectOption("Δx");
    await poll(() => page.getByTestId("derivative").getAttribute("data-value")).toBe("6");
  });

  it("the graph has one box per node, with each node's value and grad", async () => {
    const formula = "x * y + sin(x)";
    const explanation = dag(formula, { x: 3, y: 2 });
    await page.getByTestId("formula").fill(formula);
    const boxes = page.locator("[data-testid=graph] svg g.node");
    await poll(() => boxes.count()).toBe(explanation.steps.length);
    expect(explanation.steps.length).toBe(5); // x, y, x * y, sin(x), the sum: one leaf for x
    expect(await page.locator("table.explain tbody tr").count()).toBe(explanation.steps.length);
    // the output box: sin(3) + 6, grad 1; x's one leaf: value 3, grad y + cos(x), the sum over its 2 uses
    const output = boxes.filter({ hasText: "n5 = n3 + n4" });
    expect(await output.textContent()).toContain("grad 1");
    const x = boxes.filter({ hasText: "n1: x" });
    expect(await x.textContent()).toContain(`grad ${Number((2 + Math.cos(3)).toPrecision(6))}`);
    expect(await x.textContent()).toContain("grad = sum over 2 uses");
  });

  it("shows the step-by-step derivation, one row per step", async () => {
    const steps = page.getByTestId("steps");
    const expected = Math.min(derivationSteps(parse("x * y + sin(x)"), "x").length, 60);
    await poll(() => steps.locator("li").count()).toBe(expected);
  });

  it("redraws a 100-node formula's graph (speed reported)", async () => {
    const terms = Array.from({ length: 27 }, (_, k) => (k % 2 === 0 ? `sin(x * ${k + 1})` : `y ^ ${k + 1}`));
    const formula = `-tanh(${terms.join(" + ")} + x * y)`;
    expect(dag(formula, { x: 1, y: 1 }).steps.length).toBe(100);
    const started = Date.now();
    await page.getByTestId("formula").fill(formula);
    await poll(() => page.getByTestId("graph").getAttribute("data-nodes")).toBe("100");
    const endToEnd = Date.now() - started;
    const latest = async (): Promise<[number, number]> => {
      const [total, layout] = await page.evaluate(() =>
        ["graph", "graph-layout"].map((name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN),
      );
      return [total!, layout!];
    };
    const [firstTotal, firstLayout] = await latest();
    // redraws of the same graph with new values (what moving a variable costs): the median of 5
    const count = (name: string): Promise<number> => page.evaluate((n) => performance.getEntriesByName(n).length, name);
    const layouts = await count("graph-layout");
    // the derivation does not depend on the numbers: moving x keeps it as it is (it took 0.5-0.7 s to redo)
    await page.evaluate(`document.querySelector("[data-testid=steps] ol").setAttribute("data-kept", "yes")`);
    const redraws: number[] = [];
    for (const x of [1.5, 2, 2.5, 3, 3.5]) {
      const before = await count("graph");
      await page.getByTestId("var-x").fill(String(x));
      await poll(() => count("graph")).toBeGreaterThan(before);
      const value = explain(parse(formula), { x, y: 2 }).value;
      expect(Number(await page.getByTestId("value").getAttribute("data-value"))).toBeCloseTo(value, 12);
      redraws.push((await latest())[0]);
    }
    // same shape, new numbers: the texts are rewritten, Graphviz is not called again
    expect(await count("graph-layout")).toBe(layouts);
    expect(await page.locator("[data-testid=steps] ol[data-kept=yes]").count()).toBe(1);
    // the slope shown is the new one; a new wrt gives a new derivation
    const slope = explain(parse(formula), { x: 3.5, y: 2 }).gradient;
    expect(Number(await page.getByTestId("derivative").getAttribute("data-value"))).toBeCloseTo(slope.x!, 12);
    await page.getByTestId("wrt").selectOption("y");
    await poll(() => page.locator("[data-testid=steps] ol[data-kept=yes]").count()).toBe(0);
    expect(Number(await page.getByTestId("derivative").getAttribute("data-value"))).toBeCloseTo(slope.y!, 12);
    await page.getByTestId("wrt").selectOption("x");
    const output = page.locator("[data-testid=graph] svg g.node").filter({ hasText: "n100 = -n99" });
    expect(await output.textContent()).toContain(
      `value ${Number(explain(parse(formula), { x: 3.5, y: 2 }).value.toPrecision(6))}`,
    );
    const redraw = redraws.sort((a, b) => a - b)[2]!;
    timings.push(
      `100-node graph: first drawing ${firstTotal.toFixed(1)} ms (Graphviz layout ${firstLayout.toFixed(1)} ms), ` +
        `${endToEnd} ms from typing to seen by the test; redrawn for a new x in ${redraw.toFixed(1)} ms (median of 5, no new layout)`,
    );
  });

  it("a 2,000-term formula is read, evaluated and summarised, not drawn", async () => {
    const formula = Array.from({ length: 2_000 }, (_, k) => `x * ${k % 7}`).join(" + ");
    await page.getByTestId("formula").fill(formula);
    const expected = explain(parse(formula), { x: Number(await page.getByTestId("var-x").inputValue()) }).value;
    await poll(() => page.getByTestId("value").getAttribute("data-value")).toBe(String(expected));
    const nodes = dag(formula, { x: 1 }).steps.length; // x, 0 ... 6 and x * 0 ... x * 6 once each, then 1,999 sums
    expect(nodes).toBe(2014);
    await poll(() => page.getByTestId("graph").textContent()).toMatch(new RegExp(`^${nodes} nodes: too many to draw`));
    expect(await page.locator("table.explain tbody tr").count()).toBeLessThanOrEqual(201);
  });

  it("works opened from disk: the build is one file, and file:// shows the derivative and the graph", async () => {
    // a browser refuses module scripts and their chunks from file://; the build writes everything into the page
    expect(readdirSync(outDir)).toEqual(["index.html"]);
    const local = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const errors: string[] = [];
    local.on("pageerror", (error) => errors.push(error.message));
    local.on("console", (message) => (message.type() === "error" ? errors.push(message.text()) : undefined));
    try {
      await local.goto(pathToFileURL(join(outDir, "index.html")).href);
      await poll(() => local.getByTestId("derivative").locator(".katex").count()).toBe(1);
      // Graphviz's WebAssembly too: the default formula's 10 nodes
      await poll(() => local.getByTestId("graph").getAttribute("data-nodes")).toBe("10");
      expect(errors).toEqual([]);
    } finally {
      await local.close();
    }
  });

  it.each([1280, 390])(
    "at %i px: no sideways scrolling, one leaf for x, labelled and keyboard-driven, the training view, axe finds nothing serious",
    async (width) => {
      await page.setViewportSize({ width, height: 1000 });
      const formula = page.getByTestId("formula");
      const pageWidth = (): Promise<[number, number]> =>
        page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
      try {
        // 2. a long formula scrolls inside its own box; the page never scrolls sideways
        // (24 variables: a gradient wider than any screen, and a formula quick to differentiate and draw)
        const long = Array.from({ length: 24 }, (_, k) => `x${k + 1}`).join(" + ");
        await formula.fill(long);
        await poll(() => page.getByTestId("graph").getAttribute("data-nodes")).toBe("47");
        const [scrollWidth, clientWidth] = await pageWidth();
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        const gradient = page.getByTestId("gradient");
        const scrolls = (box: { scrollWidth: number; clientWidth: number }) => box.scrollWidth > box.clientWidth;
        expect(await gradient.evaluate(scrolls)).toBe(true);
        // a box that scrolls is a tab stop, so a keyboard can scroll it
        await poll(() => gradient.getAttribute("tabindex")).toBe("0");
        // the panels stack on a phone, stand side by side on a desktop
        const [variables, results] = await Promise.all(
          [".columns > .column:first-child", ".columns > .results"].map((selector) =>
            page.locator(selector).boundingBox(),
          ),
        );
        if (width < 720) expect(results!.y).toBeGreaterThanOrEqual(variables!.y + variables!.height);
        else expect(results!.x).toBeGreaterThanOrEqual(variables!.x + variables!.width);
        // and so do the decision boundary and the training figures beside it
        const [square, figures] = await Promise.all(
          ["#boundary", ".training-figures"].map((selector) => page.locator(selector).boundingBox()),
        );
        if (width < 720) expect(figures!.y).toBeGreaterThanOrEqual(square!.y + square!.height);
        else expect(figures!.x).toBeGreaterThanOrEqual(square!.x + square!.width);

        // 1. the graph as a DAG: x * sin(x) + x has one leaf for x, and its grad is df/dx = sin(x) + x cos(x) + 1
        await formula.fill("x*sin(x) + x");
        await page.getByTestId("var-x").fill("2");
        await page.getByTestId("wrt").selectOption("x");
        const slope = Math.sin(2) + 2 * Math.cos(2) + 1;
        const leavesOfX = async () => (await graphBoxes(page)).filter((fields) => /^n\d+: x$/.test(fields[0] ?? ""));
        await poll(async () => (await leavesOfX()).map((fields) => fields[1])).toEqual(["value 2"]);
        const [leaf] = await leavesOfX();
        expect(leaf).toEqual([leaf![0], "value 2", `grad ${shown(slope)}`, "grad = sum over 3 uses"]);
        expect(Number(await page.getByTestId("derivative").getAttribute("data-value"))).toBeCloseTo(slope, 12);
        // the table's row for x adds the three uses' terms; the graph's text alternative says the same
        const row = page
          .locator("table.explain tbody tr")
          .filter({ has: page.getByRole("cell", { name: "x", exact: true }) });
        expect(await row.locator("td").last().textContent()).toMatch(
          new RegExp(` = ${shown(slope)} \\(the sum over its 3 uses\\)$`),
        );
        expect(await page.getByTestId("graph").getAttribute("aria-label")).toContain(
          `${leaf![0]}, value 2, grad ${shown(slope)}, the sum over its 3 uses.`,
        );

        // 4. every input has a name; the graph and the canvases have text alternatives
        // (a control inside its label adds its value to its name: "with respect to x", "Noise 0")
        const labelled = ["Formula f", "x", /^with respect to/, /^Data/, /^Noise/, /^Training data/, /^Hidden units/];
        for (const name of labelled) expect(await page.getByLabel(name, { exact: true }).count(), String(name)).toBe(1);

        // 5. TensorFlow Playground's lessons, by keyboard: noise, the split, train and pause
        await page.getByTestId("noise").focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        await poll(() => page.locator("#noise-value").textContent()).toBe("10");
        await page.getByTestId("split").selectOption("0.7");
        expect(await page.locator("#train-count").textContent()).toBe("140");
        expect(await page.locator("#test-count").textContent()).toBe("60");
        const train = page.getByTestId("train");
        await train.focus();
        await page.keyboard.press("Enter");
        await poll(async () => Number(await page.getByTestId("epoch").textContent())).toBeGreaterThanOrEqual(4);
        await page.keyboard.press("Space");
        await poll(() => train.textContent()).toBe("Train");
        const epochs = Number(await page.getByTestId("epoch").textContent());
        const testLoss = Number(await page.getByTestId("test-loss").getAttribute("data-value"));
        expect(testLoss).toBeGreaterThan(0);
        expect(Number.isFinite(testLoss)).toBe(true);
        const curve = await page.getByTestId("loss-curve").getAttribute("aria-label");
        expect(curve).toContain(`at epoch ${epochs}; the test loss from`);
        expect(curve).toContain(`to ${shown(testLoss)} at epoch ${epochs}.`);
        expect(await page.getByTestId("boundary").getAttribute("aria-label")).toMatch(
          /of the 140 training points and \d+% of the 60 test points/,
        );
        // the per-point loss as the course writes it, the stable form as a note
        expect(await page.getByTestId("point-loss").textContent()).toContain("-(y log p + (1 - y) log(1 - p))");
        expect(await page.getByTestId("point-example").textContent()).toMatch(/so its loss is -\(\d/);
        expect(await page.getByTestId("stable-note").textContent()).toContain(
          "log(1 + exp(-|z|)) + (z + |z|) / 2 - z y",
        );

        // 4. axe-core, after a formula and a training run: nothing serious or critical
        const violations = await axeViolations(page);
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      } finally {
        // back to the defaults for the tests below
        await page.getByTestId("noise").focus();
        await page.keyboard.press("Home");
        await page.getByTestId("split").selectOption("0.5");
        await page.setViewportSize({ width: 1280, height: 1000 });
      }
    },
  );

  it("trains XOR to accuracy 1.0 within 20 s", async () => {
    await page.getByTestId("dataset").selectOption("xor");
    await page.getByTestId("reset").click();
    expect(Number(await page.getByTestId("accuracy").getAttribute("data-value"))).toBeLessThan(1);
    const started = Date.now();
    await page.getByTestId("train").click();
    await page.getByTestId("accuracy").filter({ hasText: "1.00" }).waitFor({ timeout: 20_000 });
    timings.push(
      `XOR at accuracy 1.00 after ${await page.getByTestId("epoch").textContent()} epochs, ${Date.now() - started} ms`,
    );
    await page.getByTestId("train").click(); // pause
    const loss = Number(await page.getByTestId("loss").textContent());
    expect(loss).toBeLessThan(0.3);
    const png = await page.locator("#training-view").screenshot({ path: screenshot("playground-training.png") });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("takes a screenshot for the README", async () => {
    await page.getByTestId("formula").fill("tanh(x1 * w1 + x2 * w2 + b)");
    await page.getByTestId("wrt").selectOption("w1");
    await poll(() => page.getByTestId("graph").getAttribute("data-nodes")).toBe("10");
    await page.evaluate("window.scrollTo(0, 0)");
    await mkdir(dirname(screenshot("playground.png")), { recursive: true });
    const png = await page.screenshot({ path: screenshot("playground.png") });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("logs no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
