import { localName, renderCode, type Local, type Statement } from "./code.js";

/**
 * Longest generated function, in characters of source. V8 optimizes a function only up to a bytecode
 * size (60 KB); past it the code runs in the baseline tier, several times slower. Measured on Node 20:
 * a 55,000-character function was optimized, a 94,000-character one was not. Smaller pieces are also
 * optimized sooner.
 */
export const MAX_FUNCTION_CHARS = 20_000;

/** Characters of the statements as rendered in one function (a good estimate of its size). */
export function renderedLength(statements: readonly Statement[]): number {
  let length = 0;
  for (const { defines, code } of statements) length += renderCode(code).length + (defines === undefined ? 3 : 14);
  return length;
}

/** The statements as lines of one function body. */
export function renderStatements(statements: readonly Statement[], indent: string): string {
  return statements
    .map(({ defines, code }) =>
      defines === undefined ? indent + renderCode(code) : `${indent}const ${localName(defines)} = ${renderCode(code)};`,
    )
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
 * Split statements into functions of at most about `maxChars` characters each. A local stays a `const`
 * inside its own chunk; only locals read by a later chunk (or in `exported`) are also stored in `m`.
 */
export function renderChunks(statements: readonly Statement[], maxChars: number, exported: readonly Local[]): Chunks {
  // the chunk of each statement, filled greedily; reads from `m` make a chunk longer, hence the margin
  const chunkAt: number[] = [];
  let chunks = 0;
  let used = Infinity;
  for (const { code } of statements) {
    const length = renderCode(code).length + 14;
    if (used + length > maxChars * 0.75) {
      chunks++;
      used = 0;
    }
    used += length;
    chunkAt.push(chunks - 1);
  }
  // locals keyed by number: value id 2k, adjoint id 2k + 1
  const key = (local: Local): number => 2 * local.id + (local.kind === "value" ? 0 : 1);
  const chunkOf: number[] = [];
  const slotOf: number[] = [];
  let slots = 0;
  statements.forEach((statement, i) => {
    if (statement.defines !== undefined) chunkOf[key(statement.defines)] = chunkAt[i]!;
  });
  const spill = (local: Local): void => {
    if (slotOf[key(local)] === undefined) slotOf[key(local)] = slots++;
  };
  statements.forEach((statement, i) => {
    const chunk = chunkAt[i]!;
    for (const part of statement.code) if (typeof part !== "string" && chunkOf[key(part)] !== chunk) spill(part);
  });
  exported.forEach(spill);

  const bodies: string[] = Array.from({ length: chunks }, () => "");
  for (let i = 0; i < statements.length; i++) {
    const chunk = chunkAt[i]!;
    const { defines, code } = statements[i]!;
    let text = "";
    for (const part of code) {
      if (typeof part === "string") text += part;
      else text += chunkOf[key(part)] === chunk ? localName(part) : `m[${slotOf[key(part)]!}]`;
    }
    if (defines === undefined) {
      bodies[chunk] += `  ${text}\n`;
    } else {
      const slot = slotOf[key(defines)];
      const store = slot === undefined ? "" : ` m[${slot}] = ${localName(defines)};`;
      bodies[chunk] += `  const ${localName(defines)} = ${text};${store}\n`;
    }
  }
  return { bodies, slots, slotOf: (local) => slotOf[key(local)]! };
}
