import type { Viz } from "@viz-js/viz";
import type { GraphDrawing } from "./graphDot.js";

let vizPromise: Promise<Viz> | undefined;

/**
 * Graphviz (WebAssembly, inside the npm package), started on first use: the build puts its code inside the
 * page's one script (see vite.config.ts), but compiling its WebAssembly waits until the first derivative
 * is on screen.
 */
function viz(): Promise<Viz> {
  vizPromise ??= import("@viz-js/viz").then((module) => module.instance());
  return vizPromise;
}

/** Loads Graphviz now, while the page is idle, so the first graph does not wait for it. */
export function preloadGraphviz(): void {
  void viz();
}

let latest = 0;

/** The shape each graph element shows (see GraphDrawing.shape). */
const shownShape = new WeakMap<HTMLElement, string>();

/** Graphviz lays out a few hundred nodes in a blink; a formula of thousands would freeze the page for seconds. */
export const MAX_GRAPH_NODES = 300;

/** Shows `text` instead of a drawing (and cancels any drawing still loading). */
export function showGraphNote(element: HTMLElement, text: string): void {
  latest++;
  const note = document.createElement("p");
  note.className = "note";
  note.textContent = text;
  element.replaceChildren(note);
  element.dataset.nodes = "0";
  shownShape.delete(element);
}

/**
 * Draws `drawing` into `element`; a newer call wins over an older one still loading. When the element
 * already shows a drawing of the same shape (only numbers changed: a variable moved), the texts are
 * rewritten in place and Graphviz is not called. Returns the milliseconds spent, or undefined when a
 * newer drawing replaced this one. Performance measures: `graph` (every drawing), `graph-layout`
 * (Graphviz, when it runs).
 */
export async function drawGraph(element: HTMLElement, drawing: GraphDrawing): Promise<number | undefined> {
  const ticket = ++latest;
  const graphviz = await viz();
  if (ticket !== latest) return undefined;
  const start = performance.now();
  if (shownShape.get(element) !== drawing.shape || !rewriteTexts(element, drawing.texts)) {
    const text = graphviz.renderString(drawing.dot, { format: "svg" });
    performance.measure("graph-layout", { start, end: performance.now() });
    // innerHTML, not DOMParser + adopt: about 40% faster for a 100-node drawing. The text is Graphviz's SVG
    // of our own dot, whose labels Graphviz escapes: no markup of the user's reaches the page.
    element.innerHTML = text;
    shownShape.set(element, drawing.shape);
  }
  const measure = performance.measure("graph", { start, end: performance.now() });
  element.dataset.nodes = String(element.querySelectorAll("svg g.node").length);
  return measure.duration;
}

/** Puts new numbers into the drawn labels; false (nothing changed) if the drawing does not have them all. */
function rewriteTexts(element: HTMLElement, texts: ReadonlyMap<string, readonly string[]>): boolean {
  const updates: [SVGTextElement, string][] = [];
  for (const group of element.querySelectorAll<SVGGElement>("svg g.node, svg g.edge")) {
    const wanted = texts.get(group.querySelector("title")?.textContent ?? "");
    const labels = group.querySelectorAll<SVGTextElement>("text");
    if (wanted === undefined) {
      if (labels.length > 0) return false;
      continue;
    }
    if (labels.length !== wanted.length) return false;
    labels.forEach((label, k) => updates.push([label, wanted[k]!]));
  }
  for (const [label, text] of updates) if (label.textContent !== text) label.textContent = text;
  return true;
}
