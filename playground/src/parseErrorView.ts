import { ParseError } from "../../src/index.js";

/**
 * Shows why a formula could not be read: the message, then the formula with a caret under the
 * position, as the CLI prints it, and what the student most likely meant when that is clear. `data-position` holds the 0-based position for tests and tools.
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
  // sin^2(x), |x|, sigmod(x): the formula the student most likely meant, as the CLI's hint gives it
  if (error.suggestion !== undefined) {
    const suggestion = document.createElement("div");
    suggestion.className = "error-suggestion";
    suggestion.textContent = `did you mean ${error.suggestion}?`;
    element.append(suggestion);
  }
}

export function hideError(element: HTMLElement): void {
  element.hidden = true;
  element.replaceChildren();
  element.removeAttribute("data-position");
}
