// Converters for option values, used by the command table. Each throws an Error saying what it expected;
// src/cli/program.ts hands that to commander as an invalid-argument (usage) error.

/**
 * A whole number of at least `minimum`, as for `--order` or `--epochs`.
 * @example wholeNumber(1)("3") // 3
 */
export function wholeNumber(minimum: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || n < minimum) throw new Error(`expected a whole number >= ${minimum}`);
    return n;
  };
}

/** A whole number of either sign, as for `--seed`. */
export function integer(text: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new Error("expected a whole number");
  return Number(text);
}

/** A finite number above 0, as for `--lr`. */
export function positiveNumber(text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n <= 0)
    throw new Error("expected a positive number, e.g. 0.01 or 1e-3");
  return n;
}

/** A fraction in [0, 1), as for `--test-split`. */
export function fraction(text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !(n >= 0 && n < 1)) throw new Error("expected a fraction in [0, 1), e.g. 0.2");
  return n;
}

/**
 * Distinct names separated by commas, as for `--features`: a name given twice is a usage error.
 * @example columnNames("area, rooms") // ["area", "rooms"]
 */
export function columnNames(text: string): string[] {
  const names = text.split(",").map((name) => name.trim());
  if (names.some((name) => name === ""))
    throw new Error('expected column names separated by commas, e.g. "area,rooms"');
  const twice = names.find((name, k) => names.indexOf(name) !== k);
  if (twice !== undefined) throw new Error(`"${twice}" is named twice`);
  return names;
}
