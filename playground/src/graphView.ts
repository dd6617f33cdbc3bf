import type { Viz } from "@viz-js/viz";

let vizPromise: Promise<Viz> | undefined;

/**
 * Graphviz (WebAssembly, inside the npm package), loaded on first use and in its own chunk so that the
 * page's first derivative does not wait for it.
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
}

/**
 * Lays out `dot` and puts the SVG into `element`; a newer call wins over an older one still loading.
 * Returns the milliseconds spent laying out and inserting the drawing, or undefined when a newer drawing
 * replaced it. Performance measures: `graph-layout` (Graphviz alone) and `graph` (layout and insertion).
 */
export async function drawGraph(element: HTMLElement, dot: string): Promise<number | undefined> {
  const ticket = ++latest;
  const graphviz = await viz();
  if (ticket !== latest) return undefined;
  const start = performance.now();
  const text = graphviz.renderString(dot, { format: "svg" });
  performance.measure("graph-layout", { start, end: performance.now() });
  // innerHTML, not DOMParser + adopt: about 40% faster for a 100-node drawing. The text is Graphviz's SVG
  // of our own dot, whose labels Graphviz escapes: no markup of the user's reaches the page.
  element.innerHTML = text;
  const measure = performance.measure("graph", { start, end: performance.now() });
  element.dataset.nodes = String(element.querySelectorAll("svg g.node").length);
  return measure.duration;
}
