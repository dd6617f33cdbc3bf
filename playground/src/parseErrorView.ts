import { ParseError } from "../../src/index.js";

/**
 * Shows why a formula could not be read: the message, then the formula with a caret under the
 * position, as the CLI prints it. `data-position` holds the 0-based position for tests and tools.
 */
export function showError(element: HTMLElement, error: unknown): void {
  element.hidden = false;
  element.replaceChildren();
  if (!(error instanceof ParseError)) {
    element.removeAttribute("data-position");
    element.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  element.dataset.position = String(error.position);
  const message = document.createElement("div");
  message.className = "error-message";
  message.textContent = error.message;
  const pointer = document.createElement("pre");
  pointer.className = "error-pointer";
  pointer.textContent = error.pointer();
  element.append(message, pointer);
  if (error.expected !== undefined) {
    const expected = document.createElement("div");
    expected.className = "error-expected";
    expected.textContent = `expected: ${error.expected}`;
    element.append(expected);
  }
}

export function hideError(element: HTMLElement): void {
  element.hidden = true;
  element.replaceChildren();
  element.removeAttribute("data-position");
}
