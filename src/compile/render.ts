import { localName, renderCode, type Local, type Statement } from "./code.js";

/** Above this many statements one function is split: V8 stops optimizing very long functions. */
export const STATEMENTS_PER_FUNCTION = 2000;

/** The statements as lines of one function body. */
export function renderStatements(statements: readonly Statement[], indent: string): string {
  return statements
    .map(({ defines, code }) => indent + (defines === undefined ? renderCode(code) : `const ${localName(defines)} = ${renderCode(code)};`))
    .join("\n");
}

/** A long program split into functions run one after another, sharing values through an array. */
export interface Chunks {
  /** Bodies of `function (inputs, gradientOut, m)`. */
  readonly bodies: readonly string[];
  /** Length of the shared array `m`. */
  readonly slots: number;
  /** Where `local` is found in `m` after the last chunk (for the locals passed as `exported`). */
  slotOf(local: Local): number;
}

/**
 * Split statements into functions of `size` statements each. A local stays a `const` inside its own
 * chunk; only locals read by a later chunk (or in `exported`) are also stored in `m`.
 */
export function renderChunks(statements: readonly Statement[], size: number, exported: readonly Local[]): Chunks {
  // locals keyed by number: value id 2k, adjoint id 2k + 1
  const key = (local: Local): number => 2 * local.id + (local.kind === "value" ? 0 : 1);
  const chunkOf: number[] = [];
  const slotOf: number[] = [];
  let slots = 0;
  statements.forEach((statement, i) => {
    if (statement.defines !== undefined) chunkOf[key(statement.defines)] = Math.floor(i / size);
  });
  const spill = (local: Local): void => {
    if (slotOf[key(local)] === undefined) slotOf[key(local)] = slots++;
  };
  statements.forEach((statement, i) => {
    const chunk = Math.floor(i / size);
    for (const part of statement.code) if (typeof part !== "string" && chunkOf[key(part)] !== chunk) spill(part);
  });
  exported.forEach(spill);

  const bodies: string[] = [];
  for (let start = 0; start < statements.length; start += size) {
    const chunk = start / size;
    const lines: string[] = [];
    for (let i = start; i < Math.min(start + size, statements.length); i++) {
      const { defines, code } = statements[i]!;
      let text = "";
      for (const part of code) {
        if (typeof part === "string") text += part;
        else text += chunkOf[key(part)] === chunk ? localName(part) : `m[${slotOf[key(part)]!}]`;
      }
      if (defines === undefined) {
        lines.push(`  ${text}`);
      } else {
        const slot = slotOf[key(defines)];
        lines.push(`  const ${localName(defines)} = ${text};${slot === undefined ? "" : ` m[${slot}] = ${localName(defines)};`}`);
      }
    }
    bodies.push(lines.join("\n"));
  }
  return { bodies, slots, slotOf: (local) => slotOf[key(local)]! };
}
