/**
 * Generated code is kept as parts until it is rendered: plain text, or a reference to a local, so the
 * renderer can decide late whether a local is a `const` in the same function or a slot of a shared
 * array (when a huge expression is split into several functions).
 */

/** A node's value (`v7`) or its adjoint, d(root)/d(node) (`a7`). */
export interface Local {
  readonly kind: "value" | "adjoint";
  readonly id: number;
}

export type Part = string | Local;
export type Code = readonly Part[];

/** What an operand is at compile time: a number known now (folded), or a local computed at run time. */
export type Ref = number | Local;

export interface Statement {
  /** `const v7 = code;` / `const a7 = code;`, or just `code` (an effect such as `gradientOut[0] = a3;`). */
  readonly defines?: Local;
  readonly code: Code;
}

export function valueLocal(id: number): Local {
  return { kind: "value", id };
}

export function adjointLocal(id: number): Local {
  return { kind: "adjoint", id };
}

/** The plain name of a local inside one function. */
export function localName(local: Local): string {
  return `${local.kind === "value" ? "v" : "a"}${local.id}`;
}

/** Render parts with every local by its plain name. */
export function renderCode(code: Code): string {
  let text = "";
  for (const part of code) text += typeof part === "string" ? part : localName(part);
  return text;
}
