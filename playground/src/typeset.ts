import katex from "katex";

/** LaTeX longer than this is shown as text: KaTeX would take long and the page would scroll for ever. */
export const TYPESET_LIMIT = 6000;

/** Typesets `tex` into `element` with KaTeX (display style); an unusable formula shows as red source, never throws. */
export function typeset(element: HTMLElement, tex: string): void {
  if (tex.length > TYPESET_LIMIT) {
    element.textContent = `(${tex.length} characters of LaTeX: too long to typeset)`;
    return;
  }
  // strict: "ignore": a variable such as Δx is fine here, KaTeX need not warn about Unicode in maths
  katex.render(tex, element, { displayMode: true, throwOnError: false, strict: "ignore", output: "htmlAndMathml" });
}
